using System.Net.Http.Json;
using Polly;
using Polly.Retry;

namespace Acme.Shipping;

public sealed record TrackingStatus(string TrackingNumber, string State, DateTimeOffset UpdatedAt);

public sealed class CarrierClient
{
    private readonly HttpClient _http;
    private readonly AsyncRetryPolicy _retry = Policy
        .Handle<HttpRequestException>()
        .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)));

    public CarrierClient(HttpClient http) => _http = http;

    public Task<TrackingStatus?> TrackAsync(string trackingNumber, CancellationToken ct) =>
        _retry.ExecuteAsync(
            token => _http.GetFromJsonAsync<TrackingStatus>($"v2/tracking/{Uri.EscapeDataString(trackingNumber)}", token),
            ct);
}
