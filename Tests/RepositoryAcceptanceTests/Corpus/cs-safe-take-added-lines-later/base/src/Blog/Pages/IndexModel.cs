using Blog.Data;

namespace Blog.Pages;

public class IndexModel
{
    private readonly BlogContext _db;

    public IndexModel(BlogContext db) => _db = db;

    public List<string> Titles { get; } = new();
}
