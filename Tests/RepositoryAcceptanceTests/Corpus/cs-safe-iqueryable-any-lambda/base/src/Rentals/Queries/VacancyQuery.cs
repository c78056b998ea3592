using Microsoft.EntityFrameworkCore;
using Rentals.Data;

namespace Rentals.Queries;

public class VacancyQuery
{
    private readonly RentalsContext _db;

    public VacancyQuery(RentalsContext db) => _db = db;

    public Task<int> CountAsync() => _db.Rentals.CountAsync();
}
