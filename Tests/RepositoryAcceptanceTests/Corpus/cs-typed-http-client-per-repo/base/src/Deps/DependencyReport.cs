namespace Deps;

public class DependencyReport
{
    private readonly GitHubClient _github;

    public DependencyReport(GitHubClient github) => _github = github;

    public Task<List<string>> ArchivedAsync(IEnumerable<Package> packages, CancellationToken ct) =>
        Task.FromResult(new List<string>());
}
