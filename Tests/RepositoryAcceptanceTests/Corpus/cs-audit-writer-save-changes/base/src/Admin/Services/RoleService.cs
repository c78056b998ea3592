namespace Admin.Services;

public class RoleService
{
    private readonly AuditWriter _audit;

    public RoleService(AuditWriter audit) => _audit = audit;

    public Task GrantAsync(string actor, IReadOnlyCollection<string> userNames, string role) =>
        _audit.WriteAsync(actor, $"granted {role} to {userNames.Count} users");
}
