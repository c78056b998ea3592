using System.Net.Http.Json;

namespace Acme.Shipping;

public sealed record TrackingStatus(string TrackingNumber, string State, DateTimeOffset UpdatedAt);

public sealed class CarrierClient
{
    private readonly HttpClient _http;

    public CarrierClient(HttpClient http) => _http = http;

    public Task<TrackingStatus?> TrackAsync(string trackingNumber, CancellationToken ct) =>
        _http.GetFromJsonAsync<TrackingStatus>($"v2/tracking/{Uri.EscapeDataString(trackingNumber)}", ct);
}
