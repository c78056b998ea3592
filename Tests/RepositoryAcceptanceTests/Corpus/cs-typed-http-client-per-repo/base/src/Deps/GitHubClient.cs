using System.Net.Http.Json;

namespace Deps;

public record RepositoryInfo(string FullName, int StargazersCount, bool Archived);

public class GitHubClient
{
    private readonly HttpClient _http;

    public GitHubClient(HttpClient http) => _http = http;

    public Task<RepositoryInfo?> GetRepositoryAsync(string fullName, CancellationToken ct) =>
        _http.GetFromJsonAsync<RepositoryInfo>($"repos/{fullName}", ct);
}
