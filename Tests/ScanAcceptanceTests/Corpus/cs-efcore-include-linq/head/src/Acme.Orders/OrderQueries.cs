using Microsoft.EntityFrameworkCore;

namespace Acme.Orders;

public sealed class OrderQueries
{
    private readonly ShopDbContext _db;

    public OrderQueries(ShopDbContext db) => _db = db;

    public async Task<List<OrderDto>> RecentAsync(int storeId, CancellationToken ct)
    {
        var orders = await _db.Orders
            .Include(o => o.Customer)
            .Include(o => o.Lines)
            .Where(o => o.StoreId == storeId)
            .OrderByDescending(o => o.CreatedAt)
            .Take(50)
            .ToListAsync(ct);
        var result = new List<OrderDto>();
        foreach (var order in orders)
        {
            var total = order.Lines.Where(l => l.Quantity > 0).Sum(l => l.Quantity * l.UnitPrice);
            result.Add(new OrderDto(order.Id, total, order.Customer.Name));
        }
        return result;
    }
}
