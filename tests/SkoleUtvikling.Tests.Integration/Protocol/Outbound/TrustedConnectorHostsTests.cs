using SkoleUtvikling.Bot.Protocol.Outbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Outbound;

public sealed class TrustedConnectorHostsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://SMBA.TrafficManager.net/emea/")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/")]
    public void Connector_hosts_are_trusted(string url)
    {
        Assert.True(TrustedConnectorHosts.IsTrusted(new Uri(url), allowLoopback: false));
        Assert.True(TrustedConnectorHosts.IsTrusted(new Uri(url), allowLoopback: true));
    }

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://[::1]:3979/")]
    [InlineData("https://127.0.0.1:3979/")]
    public void Loopback_is_trusted_only_with_the_test_setting(string url)
    {
        Assert.False(TrustedConnectorHosts.IsTrusted(new Uri(url), allowLoopback: false));
        Assert.True(TrustedConnectorHosts.IsTrusted(new Uri(url), allowLoopback: true));
    }

    [Theory]
    [InlineData("https://evil.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://graph.microsoft.com/v1.0/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("https://10.0.0.5/")]
    [InlineData("ftp://api.botframework.com/")]
    [InlineData("ftp://127.0.0.1/")]
    public void Other_hosts_and_plain_http_are_not_trusted(string url) =>
        Assert.False(TrustedConnectorHosts.IsTrusted(new Uri(url), allowLoopback: true));
}
