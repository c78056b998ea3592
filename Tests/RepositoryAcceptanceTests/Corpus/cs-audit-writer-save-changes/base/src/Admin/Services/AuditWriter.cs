using Admin.Data;

namespace Admin.Services;

public class AuditWriter
{
    private readonly AdminContext _db;

    public AuditWriter(AdminContext db) => _db = db;

    public async Task WriteAsync(string actor, string action)
    {
        _db.AuditEntries.Add(new AuditEntry { Actor = actor, Action = action });
        await _db.SaveChangesAsync();
    }
}
