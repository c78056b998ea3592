using Accounting.Data;

namespace Accounting.Export;

public class LedgerExporter
{
    private readonly AccountingContext _db;

    public LedgerExporter(AccountingContext db) => _db = db;

    public IEnumerable<string> Lines(IEnumerable<Entry> entries)
    {
        var lines = new List<string>();
        foreach (var e in entries)
        {
            var ledger = _db.Books.Find(e.LedgerId);
            lines.Add($"{e.Id};{ledger?.Name};{e.Amount}");
        }
        return lines;
    }
}
