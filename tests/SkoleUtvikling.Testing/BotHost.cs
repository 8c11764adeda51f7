using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SkoleUtvikling.Testing;

/// <summary>
/// The real bot on real Kestrel, bound to a free loopback port, over a fresh SQLite file (or the
/// PostgreSQL database a test passes in). Settings override appsettings.json.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _directory;

    public BotHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _directory = Path.Combine(Path.GetTempPath(), "skoleutvikling-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _settings = TestDatabases.Sqlite(_directory);
        _settings["urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _services = services;
        UseKestrel(0);
    }

    /// <summary>The folder this host keeps its SQLite file in.</summary>
    public string DataDirectory => _directory;

    /// <summary>Starts the server and returns its base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
