using System.Net.Http.Headers;
using System.Text.Json;

namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// Turns a non-success Connector answer into a <see cref="ConnectorError"/>: Teams' error body
/// <c>{"error":{"code","message"}}</c> (anything else, e.g. a proxy's HTML page, is ignored), the
/// Retry-After header as seconds or as a date, and <c>X-Correlating-OperationId</c>.
/// </summary>
public static class ConnectorErrorReader
{
    public const string CorrelationHeader = "X-Correlating-OperationId";

    // Teams' error bodies are a few hundred bytes; a proxy error page is not worth reading whole.
    private const int MaxBodyChars = 16 * 1024;

    public static async Task<ConnectorError> ReadAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var (code, subCode, message) = ParseBody(body.Length > MaxBodyChars ? body[..MaxBodyChars] : body);
        var correlation = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
        return new ConnectorError((int)response.StatusCode, code, subCode, message, RetryAfter(response.Headers.RetryAfter, time), correlation, OutcomeUnknown: false);
    }

    /// <summary>Retry-After as a delay from now; a date in the past means "now".</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    public static (string? Code, string? SubCode, string? Message) ParseBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("error", out var error)
                || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null);
            }

            return (Text(error, "code"), Text(error, "subCode"), Text(error, "message"));
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
