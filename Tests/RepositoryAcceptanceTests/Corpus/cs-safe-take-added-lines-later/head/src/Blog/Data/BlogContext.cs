using Microsoft.EntityFrameworkCore;

namespace Blog.Data;

public class BlogContext : DbContext
{
    public BlogContext(DbContextOptions<BlogContext> options) : base(options) { }

    public DbSet<Post> Posts => Set<Post>();
}

public class Post
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public bool Published { get; set; }
    public DateTime PublishedAt { get; set; }
}
