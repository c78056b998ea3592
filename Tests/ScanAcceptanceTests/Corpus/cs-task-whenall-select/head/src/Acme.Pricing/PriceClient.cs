using System.Net.Http.Json;

namespace Acme.Pricing;

public sealed class PriceClient
{
    private readonly HttpClient _http;

    public PriceClient(HttpClient http) => _http = http;

    private Task<Price?> FetchAsync(string sku, CancellationToken ct) =>
        _http.GetFromJsonAsync<Price>($"prices/{Uri.EscapeDataString(sku)}", ct);

    public async Task<IReadOnlyList<Price?>> PricesAsync(IEnumerable<string> skus, CancellationToken ct)
    {
        var prices = await Task.WhenAll(skus.Select(sku => FetchAsync(sku, ct)));
        return prices;
    }
}
