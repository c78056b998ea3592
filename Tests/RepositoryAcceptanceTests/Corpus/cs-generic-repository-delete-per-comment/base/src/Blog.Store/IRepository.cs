namespace Blog.Store;

public interface IRepository<T> where T : Entity
{
    IQueryable<T> GetAll();
    Task Delete(T entity);
    Task DeleteRange(IEnumerable<T> entities);
}
