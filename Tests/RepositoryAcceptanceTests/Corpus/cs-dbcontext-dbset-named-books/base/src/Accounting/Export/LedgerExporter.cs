using Accounting.Data;

namespace Accounting.Export;

public class LedgerExporter
{
    private readonly AccountingContext _db;

    public LedgerExporter(AccountingContext db) => _db = db;

    public IEnumerable<string> Lines(IEnumerable<Entry> entries) =>
        entries.Select(e => $"{e.Id};{e.Amount}");
}
