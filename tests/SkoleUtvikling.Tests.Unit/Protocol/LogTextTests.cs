using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Tests.Unit.Protocol;

public sealed class LogTextTests
{
    [Theory]
    [InlineData("issuer 'https://evil.example/Ola Nordmann' is not trusted", "issuer '…' is not trusted")]
    [InlineData("signing key \"kid\nERROR forged\" is not published", "signing key '…' is not published")]
    [InlineData("token algorithm 'none' is not allowed (RS256, RS384, RS512 only)", "token algorithm '…' is not allowed (RS256, RS384, RS512 only)")]
    [InlineData("issuer 'unterminated Kari Nordmann", "issuer '…'")]
    [InlineData("token audience is not the bot's MicrosoftAppId", "token audience is not the bot's MicrosoftAppId")]
    [InlineData("line one\r\nline two", "line one  line two")]
    [InlineData(null, "")]
    public void Values_from_the_request_are_redacted_and_no_line_break_survives(string? reason, string logged) =>
        Assert.Equal(logged, LogText.Redact(reason));

    [Fact]
    public void A_long_reason_is_cut()
    {
        var logged = LogText.Redact(new string('x', 5000));

        Assert.Equal(201, logged.Length);
        Assert.EndsWith("…", logged, StringComparison.Ordinal);
    }
}
