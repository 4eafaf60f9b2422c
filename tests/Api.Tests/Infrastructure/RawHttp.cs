using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>A response with its headers, for tests about status codes and headers.</summary>
public sealed record RawResponse(HttpStatusCode Status, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Text)
{
    /// <summary>The body as JSON, or null when it is not JSON.</summary>
    public JsonNode? Json
    {
        get
        {
            try
            {
                return Text.Length == 0 ? null : JsonNode.Parse(Text);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>The codes of the errors, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes => [.. (Json?["errors"]?.AsArray() ?? []).Select(e => e?["extensions"]?["code"]?.GetValue<string>())];

    /// <summary>A header's single value, or null.</summary>
    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) || ContentHeaders.TryGetValues(name, out values) ? string.Join(",", values) : null;
}

/// <summary>Requests built by hand: any method, body, content type and headers.</summary>
public static class RawHttp
{
    /// <summary>POSTs <paramref name="json"/> (an object serialized, or a string sent as is).</summary>
    public static Task<RawResponse> PostAsync(this HttpClient client, object json, IDictionary<string, string>? headers = null, string contentType = "application/json")
    {
        var text = json as string ?? JsonSerializer.Serialize(json);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(text, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return client.SendRawAsync(request, headers);
    }

    /// <summary>GETs <c>/graphql</c> with the given query-string parameters.</summary>
    public static Task<RawResponse> GetAsync(this HttpClient client, IDictionary<string, string> parameters, IDictionary<string, string>? headers = null)
    {
        var query = string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return client.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query), headers);
    }

    /// <summary>Sends <paramref name="request"/> (Accept defaults to application/graphql-response+json) and reads the answer.</summary>
    public static async Task<RawResponse> SendRawAsync(this HttpClient client, HttpRequestMessage request, IDictionary<string, string>? headers = null)
    {
        using (request)
        {
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }

            if (!request.Headers.Contains("Accept"))
            {
                request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
            }

            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return new RawResponse(response.StatusCode, response.Headers, response.Content.Headers, text);
        }
    }
}
