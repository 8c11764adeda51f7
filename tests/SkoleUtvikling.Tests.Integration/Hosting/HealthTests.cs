using System.Net;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_and_readyz_answer_200_once_migrations_ran()
    {
        using var host = new BotHost();
        var address = host.Start();
        using var http = new HttpClient { BaseAddress = address };

        var alive = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal("127.0.0.1", address.Host);
    }
}
