using Shop.Domain;

namespace Shop.Application;

public class ShippingService
{
    private readonly IOrderRepository _orders;

    public ShippingService(IOrderRepository orders) => _orders = orders;

    public async Task<decimal> InsuredValueAsync(IReadOnlyList<Shipment> shipments, CancellationToken ct)
    {
        var orders = await _orders.GetByIdsAsync(shipments.Select(s => s.OrderId), ct);
        var total = 0m;
        foreach (var shipment in shipments)
        {
            total += orders.TryGetValue(shipment.OrderId, out var order) ? order.Total : 0m;
        }
        return total;
    }
}
