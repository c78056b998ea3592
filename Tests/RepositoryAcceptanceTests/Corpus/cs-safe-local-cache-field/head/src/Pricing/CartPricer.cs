namespace Pricing;

public class CartPricer
{
    private readonly LocalPriceCache _cache;

    public CartPricer(LocalPriceCache cache) => _cache = cache;

    public decimal Total(IEnumerable<CartLine> lines)
    {
        var total = 0m;
        foreach (var line in lines)
        {
            total += (_cache.Get(line.Sku) ?? 0m) * line.Quantity;
        }
        return total;
    }
}
