using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Tests.Integration.Protocol.Inbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Hostile;

/// <summary>
/// Size before work: a caller without a valid token gets 401 before its body is read (however large or
/// endless), and an authenticated body over the limit gets 413 whether chunked or not, without being parsed.
/// </summary>
public sealed class RequestBodyTests(HostileBotFixture fixture) : IClassFixture<HostileBotFixture>
{
    // A guard against a hang, not a measurement: the answers come at once.
    private static readonly TimeSpan NoAnswerAfter = TimeSpan.FromSeconds(60);

    private RegisteredBot Bot => fixture.Bot;

    [Theory]
    [InlineData("Transfer-Encoding: chunked")]
    [InlineData("Content-Length: 1000000000")]
    public async Task Unauthenticated_huge_body_gets_401_before_the_body_is_sent(string framing)
    {
        var forged = KeyServer.MintForged(Bot.Keys.BotFrameworkSpec(RegisteredBot.AppId, RegisteredBot.ServiceUrl));

        // Only the headers and the first 1 KB of a body announced as endless (or 1 GB) are ever sent.
        var status = await RawPostAsync($"Authorization: Bearer {forged}\r\n{framing}\r\n", firstBytes: 1024);

        Assert.Equal("HTTP/1.1 401 Unauthorized", status);
    }

    [Fact]
    public async Task Request_without_a_token_gets_401_before_the_body_is_sent()
    {
        var status = await RawPostAsync("Transfer-Encoding: chunked\r\n", firstBytes: 1024);

        Assert.Equal("HTTP/1.1 401 Unauthorized", status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Authenticated_body_over_the_limit_gets_413_and_is_not_parsed(bool chunked)
    {
        var before = await StoredState.ReadAsync(Bot.Host);
        var logged = Bot.Logs.Entries.Count;

        var response = await PostPaddedHjelpAsync(MessagesEndpoint.MaxBodyBytes + 64 * 1024, chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var lines = Bot.Logs.Entries.Skip(logged).ToList();
        Assert.Contains(lines, e => e.EventId == 1002);
        Assert.DoesNotContain(lines, e => e.EventId == 1001);
        Assert.Equal(before, await StoredState.ReadAsync(Bot.Host));
    }

    [Fact]
    public async Task Authenticated_chunked_body_just_under_the_limit_is_answered()
    {
        var before = await StoredState.ReadAsync(Bot.Host);

        var response = await PostPaddedHjelpAsync(MessagesEndpoint.MaxBodyBytes - 1024, chunked: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before.Outbox + 1, (await StoredState.ReadAsync(Bot.Host)).Outbox);
    }

    /// <summary>A valid "hjelp" whose JSON is padded with an unknown field to <paramref name="totalBytes"/>.</summary>
    private async Task<HttpResponseMessage> PostPaddedHjelpAsync(int totalBytes, bool chunked)
    {
        var activity = ForeignCallerTests.Hjelp();
        activity["padding"] = "";
        var bare = Encoding.UTF8.GetByteCount(activity.ToJsonString());
        activity["padding"] = new string('x', totalBytes - bare);
        var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
        Assert.Equal(totalBytes, body.Length);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = chunked ? new UnknownLengthContent(body) : new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Bot.Keys.MintEntraToken(RegisteredBot.AppId, ForeignCallerTests.ChannelTenant));
        return await Bot.Http.SendAsync(request);
    }

    /// <summary>Sends headers and <paramref name="firstBytes"/> of body on a raw socket, never the rest, and returns the status line.</summary>
    private async Task<string?> RawPostAsync(string headers, int firstBytes)
    {
        using var timeout = new CancellationTokenSource(NoAnswerAfter);
        var address = Bot.Http.BaseAddress!;
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, timeout.Token);
        var stream = client.GetStream();
        var chunk = headers.Contains("chunked", StringComparison.Ordinal)
            ? $"{firstBytes:x}\r\n{new string(' ', firstBytes)}\r\n"
            : new string(' ', firstBytes);
        var request = $"POST /api/messages HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\n{headers}\r\n{chunk}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync(timeout.Token);
    }

    /// <summary>A body whose length HttpClient cannot know, so it goes out chunked.</summary>
    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
