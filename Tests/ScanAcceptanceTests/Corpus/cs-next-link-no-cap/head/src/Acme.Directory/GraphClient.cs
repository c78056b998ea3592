using System.Net.Http.Json;

namespace Acme.Directory;

public sealed record UserPage(List<DirectoryUser> Value, string? NextLink);

public sealed class GraphClient
{
    private readonly HttpClient _http;

    public GraphClient(HttpClient http) => _http = http;

    public async Task<List<DirectoryUser>> AllUsersAsync(CancellationToken ct)
    {
        var users = new List<DirectoryUser>();
        string? next = "v1.0/users?$top=999";
        while (next is not null)
        {
            var page = await _http.GetFromJsonAsync<UserPage>(next, ct);
            users.AddRange(page!.Value);
            next = page.NextLink;
        }
        return users;
    }
}
