using Microsoft.EntityFrameworkCore;

namespace Accounting.Data;

public class AccountingContext : DbContext
{
    public AccountingContext(DbContextOptions<AccountingContext> options) : base(options) { }

    public DbSet<Ledger> Books { get; set; } = null!;
    public DbSet<Entry> Entries { get; set; } = null!;
}
