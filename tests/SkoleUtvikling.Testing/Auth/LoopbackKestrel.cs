using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SkoleUtvikling.Testing.Auth;

/// <summary>
/// A bare Kestrel on 127.0.0.1 with a free http port and a free https port (<see cref="TestCertificate"/>),
/// running one request delegate. The base of the loopback fakes of Microsoft's cloud edge.
/// </summary>
public sealed class LoopbackKestrel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackKestrel(WebApplication app, Uri http, Uri https)
    {
        _app = app;
        HttpBase = http;
        HttpsBase = https;
    }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public Uri HttpBase { get; }

    /// <summary>e.g. https://127.0.0.1:41235/</summary>
    public Uri HttpsBase { get; }

    public static async Task<LoopbackKestrel> StartAsync(RequestDelegate handle)
    {
        // The empty builder reads no appsettings.json (the bot's would be in the test's output folder).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(TestCertificate.Instance));
        });
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.EndsWith('/') ? a : a + "/"))
            .ToList();
        return new LoopbackKestrel(app, addresses.Single(a => a.Scheme == Uri.UriSchemeHttp), addresses.Single(a => a.Scheme == Uri.UriSchemeHttps));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
