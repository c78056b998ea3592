using Microsoft.EntityFrameworkCore;

namespace Rentals.Data;

public class RentalsContext : DbContext
{
    public RentalsContext(DbContextOptions<RentalsContext> options) : base(options) { }

    public DbSet<Rental> Rentals => Set<Rental>();
    public DbSet<Lease> Leases => Set<Lease>();
}

public class Rental { public int Id { get; set; } public string Address { get; set; } = ""; }

public class Lease { public int Id { get; set; } public int RentalId { get; set; } public DateOnly? EndsOn { get; set; } }
