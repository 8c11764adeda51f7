using SkoleUtvikling.Bot.Protocol.Outbound;

namespace SkoleUtvikling.Tests.Unit.Protocol.Outbound;

public sealed class ConnectorPathsTests
{
    [Fact]
    public void Paths_are_relative_so_the_service_urls_own_path_is_kept()
    {
        var uri = ConnectorPaths.Resolve("https://smba.trafficmanager.net/teams", ConnectorPaths.Activities("a:1"));

        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations/a%3A1/activities", uri.AbsoluteUri);
    }

    [Fact]
    public void Every_id_is_escaped()
    {
        Assert.Equal("v3/conversations/19%3Aa%40thread.tacv2%3Bmessageid%3D1/activities/1%2F2", ConnectorPaths.Activity("19:a@thread.tacv2;messageid=1", "1/2"));
        Assert.Equal("v3/conversations/19%3At/members/29%3Au", ConnectorPaths.Member("19:t", "29:u"));
        Assert.Equal("v3/teams/19%3At/conversations", ConnectorPaths.TeamChannels("19:t"));
    }

    [Theory]
    [InlineData(10, 50)]
    [InlineData(50, 50)]
    [InlineData(200, 200)]
    [InlineData(900, 500)]
    public void Page_size_is_clamped_to_what_teams_honours(int asked, int sent)
    {
        Assert.Equal($"v3/conversations/c/pagedmembers?pageSize={sent}", ConnectorPaths.PagedMembers("c", asked, null));
    }

    [Fact]
    public void The_continuation_token_is_escaped_into_the_query()
    {
        Assert.Equal("v3/conversations/c/pagedmembers?pageSize=100&continuationToken=a%2Bb%3D%3D", ConnectorPaths.PagedMembers("c", 100, "a+b=="));
    }

    [Theory]
    [InlineData("smba.trafficmanager.net/teams/")]
    [InlineData("ftp://example.org/")]
    [InlineData("")]
    public void A_service_url_that_is_not_absolute_http_is_refused(string serviceUrl)
    {
        Assert.Throws<ArgumentException>(() => ConnectorPaths.Base(serviceUrl));
    }
}
