namespace Deps;

public class DependencyReport
{
    private readonly GitHubClient _github;

    public DependencyReport(GitHubClient github) => _github = github;

    public async Task<List<string>> ArchivedAsync(IEnumerable<Package> packages, CancellationToken ct)
    {
        var archived = new List<string>();
        foreach (var package in packages)
        {
            var info = await _github.GetRepositoryAsync(package.Repository, ct);
            if (info?.Archived == true) archived.Add(package.Name);
        }
        return archived;
    }
}
