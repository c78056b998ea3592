namespace Admin.Services;

public class RoleService
{
    private readonly AuditWriter _audit;

    public RoleService(AuditWriter audit) => _audit = audit;

    public async Task GrantAsync(string actor, IReadOnlyCollection<string> userNames, string role)
    {
        foreach (var name in userNames)
        {
            await _audit.WriteAsync(actor, $"granted {role} to {name}");
        }
    }
}
