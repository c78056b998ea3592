namespace Pricing;

public class LocalPriceCache
{
    private readonly Dictionary<string, decimal> _prices = new();

    public void Set(string sku, decimal price) => _prices[sku] = price;

    public decimal? Get(string sku) => _prices.TryGetValue(sku, out var price) ? price : null;
}
