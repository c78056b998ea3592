using System.Net.Http.Json;

namespace Acme.Pricing;

public sealed class PriceClient
{
    private readonly HttpClient _http;

    public PriceClient(HttpClient http) => _http = http;

    private Task<Price?> FetchAsync(string sku, CancellationToken ct) =>
        _http.GetFromJsonAsync<Price>($"prices/{Uri.EscapeDataString(sku)}", ct);
}
