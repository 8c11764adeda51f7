using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SkoleUtvikling.Testing;

/// <summary>Posts activity JSON to the bot's /api/messages, as Teams would.</summary>
public static class ActivityPosting
{
    /// <summary>Posts <paramref name="activity"/>, with <c>serviceUrl</c> replaced so nothing leaves the machine.</summary>
    public static async Task<HttpResponseMessage> PostActivityAsync(this HttpClient http, JsonNode activity, string? serviceUrl = null, string? bearerToken = null)
    {
        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await http.SendAsync(request);
    }

    /// <summary>A loopback address where nothing listens: outbound calls fail fast instead of reaching Microsoft.</summary>
    public const string DeadServiceUrl = "http://127.0.0.1:9/";
}
