using Microsoft.EntityFrameworkCore;

namespace Acme.Orders;

public sealed class OrderQueries
{
    private readonly ShopDbContext _db;

    public OrderQueries(ShopDbContext db) => _db = db;

    public async Task<List<OrderDto>> RecentAsync(int storeId, CancellationToken ct)
    {
        var orders = await _db.Orders.Where(o => o.StoreId == storeId)
            .OrderByDescending(o => o.CreatedAt).Take(50).ToListAsync(ct);
        var result = new List<OrderDto>();
        foreach (var order in orders)
        {
            var customer = await _db.Customers.FirstOrDefaultAsync(c => c.Id == order.CustomerId, ct);
            result.Add(new OrderDto(order.Id, order.Total, customer?.Name ?? "unknown"));
        }
        return result;
    }
}
