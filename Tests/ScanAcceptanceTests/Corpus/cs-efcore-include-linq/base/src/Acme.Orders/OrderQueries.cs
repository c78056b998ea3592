using Microsoft.EntityFrameworkCore;

namespace Acme.Orders;

public sealed class OrderQueries
{
    private readonly ShopDbContext _db;

    public OrderQueries(ShopDbContext db) => _db = db;
}
