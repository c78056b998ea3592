using Shop.Domain;

namespace Shop.Application;

public class ShippingService
{
    private readonly IOrderRepository _orders;

    public ShippingService(IOrderRepository orders) => _orders = orders;
}
