using SkoleUtvikling.Bot.Protocol;


namespace SkoleUtvikling.Tests.Unit.Protocol;

public sealed class LoopbackGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://[::1]:3978", true)]
    [InlineData("http://127.0.0.2:80", true)]
    [InlineData("http://0.0.0.0:3978", false)]
    [InlineData("http://*:3978", false)]
    [InlineData("http://+:3978", false)]
    [InlineData("http://[::]:3978", false)]
    [InlineData("http://10.0.0.5:3978", false)]
    [InlineData("not a url", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool expected) =>
        Assert.Equal(expected, LoopbackGuard.IsLoopback(url));

    [Fact]
    public void A_wildcard_address_in_development_mode_is_refused_naming_MicrosoftAppId()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LoopbackGuard.EnsureLoopbackOnly(["http://127.0.0.1:3978", "http://*:80"]));

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://*:80", error.Message, StringComparison.Ordinal);
    }
}
