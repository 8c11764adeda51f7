using System.Net;

namespace SkoleUtvikling.Tests.Integration.Protocol.Inbound;

/// <summary>
/// Without MicrosoftAppId the bot accepts every request on loopback and validates nothing, also when
/// a header is sent (the Agents Playground with a client id sends a token for its own app).
/// </summary>
public sealed class DevelopmentModeTests
{
    private static readonly Dictionary<string, string?> NoRegistration = new()
    {
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
        ["MicrosoftAppTenantId"] = "",
    };

    [Fact]
    public async Task Request_without_header_is_accepted()
    {
        await using var bot = await RegisteredBot.StartAsync(NoRegistration);

        var response = await bot.PostAsync(bearerToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Request_with_a_header_is_accepted_without_fetching_keys()
    {
        await using var bot = await RegisteredBot.StartAsync(NoRegistration);

        var garbage = await bot.PostAsync("not-a-jwt");
        var foreign = await bot.PostAsync(bot.Keys.MintEntraToken("0f8fad5b-d9cb-469f-a165-70867728950e", "0e9a5c9f-3d7b-4c1e-9f0a-6b2d8e4c1a73"));

        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Equal(0, bot.Keys.MetadataRequests);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.EventId == 1000 && e.Category.StartsWith("SkoleUtvikling", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Forwarded-Host", "bot.example.no")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    public async Task Request_through_a_proxy_is_refused_with_401(string header, string value)
    {
        await using var bot = await RegisteredBot.StartAsync(NoRegistration);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(Payloads.Load("personal-message").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(new Hostile.StoredState(0, 0, 0, 0, 0), await Hostile.StoredState.ReadAsync(bot.Host));
    }
}
