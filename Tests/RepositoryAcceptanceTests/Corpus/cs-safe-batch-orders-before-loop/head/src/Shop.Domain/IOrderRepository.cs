namespace Shop.Domain;

public interface IOrderRepository
{
    Task<IReadOnlyDictionary<int, Order>> GetByIdsAsync(IEnumerable<int> ids, CancellationToken ct = default);
}
