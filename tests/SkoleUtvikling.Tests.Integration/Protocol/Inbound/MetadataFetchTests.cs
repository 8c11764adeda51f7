using System.Net;
using System.Net.Http.Headers;

namespace SkoleUtvikling.Tests.Integration.Protocol.Inbound;

/// <summary>Requests that cannot carry a valid token are refused before the bot asks any key server for anything.</summary>
public sealed class MetadataFetchTests
{
    [Fact]
    public async Task Missing_header_fetches_no_metadata()
    {
        await using var bot = await RegisteredBot.StartAsync();

        var response = await bot.PostAsync(bearerToken: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, bot.Keys.MetadataRequests);
        Assert.Equal(0, bot.Keys.KeySetRequests);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    [InlineData("Bearer ")]
    public async Task Header_that_is_not_a_bearer_JWT_fetches_no_metadata(string header)
    {
        await using var bot = await RegisteredBot.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(RegisteredBot.Activity().ToJsonString(), MediaTypeHeaderValue.Parse("application/json")),
        };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, bot.Keys.MetadataRequests);
        Assert.Equal(0, bot.Keys.KeySetRequests);
    }

    [Fact]
    public async Task Alg_none_and_untrusted_issuer_fetch_no_metadata()
    {
        await using var bot = await RegisteredBot.StartAsync();
        var spec = bot.Keys.BotFrameworkSpec(RegisteredBot.AppId, RegisteredBot.ServiceUrl);

        var unsigned = await bot.PostAsync(Testing.Auth.TokenMinter.WithoutSignature(spec));
        var foreign = await bot.PostAsync(bot.Keys.Mint(spec with { Issuer = "https://issuer.example" }));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
        Assert.Equal(0, bot.Keys.MetadataRequests);
    }

    [Fact]
    public async Task Valid_tokens_share_one_metadata_fetch()
    {
        await using var bot = await RegisteredBot.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            bot.PostAsync(bot.Keys.MintBotFrameworkToken(RegisteredBot.AppId, RegisteredBot.ServiceUrl))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, bot.Keys.MetadataRequests);
        Assert.Equal(1, bot.Keys.KeySetRequests);
    }
}
