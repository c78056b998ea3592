using Blog.Data;
using Microsoft.EntityFrameworkCore;

namespace Blog.Pages;

public class IndexModel
{
    private readonly BlogContext _db;

    public IndexModel(BlogContext db) => _db = db;

    public List<string> Titles { get; } = new();

    public async Task OnGetAsync(string? search)
    {
        var query = _db.Posts.Where(p => p.Published);
        if (!string.IsNullOrEmpty(search))
        {
            query = query.Where(p => p.Title.Contains(search));
        }
        query = query.OrderByDescending(p => p.PublishedAt).Take(20);
        foreach (var post in await query.ToListAsync())
        {
            Titles.Add(post.Title);
        }
    }
}
