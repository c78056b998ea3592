namespace Pricing;

public class CartPricer
{
    private readonly LocalPriceCache _cache;

    public CartPricer(LocalPriceCache cache) => _cache = cache;

    public decimal Total(IEnumerable<CartLine> lines) => 0m;
}
