using Microsoft.EntityFrameworkCore;

namespace Blog.Store;

public class Repository<T> : IRepository<T> where T : Entity
{
    private readonly BlogContext _ctx;

    public Repository(BlogContext ctx)
    {
        _ctx = ctx;
    }

    public IQueryable<T> GetAll() => _ctx.Set<T>();

    public async Task Delete(T entity)
    {
        _ctx.Remove(entity);
        await _ctx.SaveChangesAsync();
    }

    public async Task DeleteRange(IEnumerable<T> entities)
    {
        _ctx.RemoveRange(entities);
        await _ctx.SaveChangesAsync();
    }
}
