using Microsoft.EntityFrameworkCore;
using Rentals.Data;

namespace Rentals.Queries;

public class VacancyQuery
{
    private readonly RentalsContext _db;

    public VacancyQuery(RentalsContext db) => _db = db;

    public Task<int> CountAsync() => _db.Rentals.CountAsync();

    public Task<List<Rental>> LeasedAsync(DateOnly today) =>
        _db.Rentals
            .Where(r => _db.Leases.Any(l => l.RentalId == r.Id && (l.EndsOn == null || l.EndsOn > today)))
            .OrderBy(r => r.Address)
            .Take(100)
            .ToListAsync();
}
