using SkoleUtvikling.Bot.Features.Reflection;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Graph;

namespace SkoleUtvikling.Tests.Integration.Filing;

/// <summary>App-only tokens: Azure.Identity against the loopback Entra token endpoint, Graph against the fake.</summary>
public sealed class GraphFilerAppTokenTests
{
    private const string AppId = "0d4a7e2b-1c3f-4b5a-9e8d-7c6b5a4f3e2d";
    private const string TargetTenant = "6f1b0e1c-3a52-4d8e-9c1e-2f4a5b6c7d8e";
    private const string Team = "2b9c4f0e-7d1a-4e3b-8a6c-5d4e3f2a1b0c";
    private const string Channel = "19:leiarar@thread.tacv2";

    [Fact]
    public async Task Graph_calls_carry_an_app_token_for_the_target_tenant_and_the_Graph_scope()
    {
        await using var keys = await KeyServer.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        graph.AddChannel(Team, Channel);
        using var tokenHttp = new HttpClient(LoopbackHttpHandler.Create());
        var bot = new BotOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = KeyServer.ClientSecret, MicrosoftAppTenantId = "11111111-2222-3333-4444-555555555555" };
        var auth = new BotAuthOptions { AuthorityHost = keys.AuthorityHost };
        using var clients = GraphClients.ForApp(bot, auth, new FilingOptions { GraphBaseUrl = graph.BaseUrl }, tokenHttp);
        var filer = new GraphFiler(clients, TimeProvider.System, NullLogger<GraphFiler>.Instance);

        await filer.FileAsync(new FilingTarget(TargetTenant, Team, Channel, ReflectionFiling.Notes.PathFor("Møte 1", "Kari")), Encoding.UTF8.GetBytes("docx"), CancellationToken.None);

        var token = Assert.Single(keys.TokenRequests);
        Assert.Equal((TargetTenant, AppId, GraphClients.GraphScope, true), (token.Tenant, token.ClientId, token.Scope, token.SecretMatched));
        Assert.All(graph.Calls, c => Assert.StartsWith("Bearer ey", c.Authorization, StringComparison.Ordinal));
        Assert.Single(graph.FilesIn(Team, Channel));
    }
}
