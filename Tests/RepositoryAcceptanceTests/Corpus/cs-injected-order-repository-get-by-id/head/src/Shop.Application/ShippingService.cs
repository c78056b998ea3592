using Shop.Domain;

namespace Shop.Application;

public class ShippingService
{
    private readonly IOrderRepository _orders;

    public ShippingService(IOrderRepository orders) => _orders = orders;

    public async Task<decimal> InsuredValueAsync(IReadOnlyList<Shipment> shipments, CancellationToken ct)
    {
        var total = 0m;
        foreach (var shipment in shipments)
        {
            var order = await _orders.GetByIdAsync(shipment.OrderId, ct);
            total += order?.Total ?? 0m;
        }
        return total;
    }
}
