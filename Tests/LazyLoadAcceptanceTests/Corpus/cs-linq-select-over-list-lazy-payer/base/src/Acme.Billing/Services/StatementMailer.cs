using Acme.Billing.Data;
using Microsoft.EntityFrameworkCore;

namespace Acme.Billing.Services;

public class StatementMailer
{
    private readonly BillingContext _db;

    public StatementMailer(BillingContext db) => _db = db;

    public async Task<List<string>> RecipientsAsync(DateOnly month)
    {
        var invoices = await _db.Invoices.Where(i => i.DueDate >= month).Take(500).ToListAsync();
        return invoices
            .Select(i => i.PayerId.ToString())
            .Distinct()
            .ToList();
    }
}
