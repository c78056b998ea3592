using System.Net.Http.Json;

namespace Acme.Directory;

public sealed class GraphClient
{
    private readonly HttpClient _http;

    public GraphClient(HttpClient http) => _http = http;
}
