using SkoleUtvikling.Bot.Protocol.Outbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Auth;

public sealed class TrustedConnectorHostsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://SMBA.TrafficManager.net/emea/")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://[::1]:3979/")]
    public void Connector_hosts_and_loopback_are_trusted(string url) =>
        Assert.True(TrustedConnectorHosts.IsTrusted(new Uri(url)));

    [Theory]
    [InlineData("https://evil.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://graph.microsoft.com/v1.0/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("https://10.0.0.5/")]
    [InlineData("ftp://api.botframework.com/")]
    public void Other_hosts_and_plain_http_are_not_trusted(string url) =>
        Assert.False(TrustedConnectorHosts.IsTrusted(new Uri(url)));
}
