using Acme.Billing.Data;
using Microsoft.EntityFrameworkCore;

namespace Acme.Billing.Services;

public class ReminderService
{
    private readonly BillingContext _db;
    private readonly IEmailSender _email;

    public ReminderService(BillingContext db, IEmailSender email)
    {
        _db = db;
        _email = email;
    }

    public async Task SendDueRemindersAsync(DateOnly today)
    {
        var due = await _db.Invoices
            .Where(i => i.DueDate == today)
            .ToListAsync();
        foreach (var invoice in due)
        {
            await _email.QueueAsync("billing@acme.example", $"Invoice {invoice.Id} is due");
        }
    }
}
