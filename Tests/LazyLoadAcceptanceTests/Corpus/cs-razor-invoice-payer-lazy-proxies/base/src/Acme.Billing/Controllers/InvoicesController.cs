using Acme.Billing.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Acme.Billing.Controllers;

public class InvoicesController : Controller
{
    private readonly BillingContext _db;

    public InvoicesController(BillingContext db) => _db = db;

    public async Task<IActionResult> Overdue()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var invoices = await _db.Invoices
            .Where(i => i.DueDate < today)
            .OrderBy(i => i.DueDate)
            .Take(200)
            .ToListAsync();
        return View(invoices);
    }
}
