using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SkoleUtvikling.Testing.Graph;

/// <summary>
/// A fake Microsoft Graph v1.0 on real Kestrel at 127.0.0.1 with a free port, answering the filing
/// calls of protocol.md §6 as Graph does: channel filesFolder, create folder (409 nameAlreadyExists
/// with conflictBehavior fail), get item by path, and PUT content with conflictBehavior in the query
/// (default replace). Files live in memory. Faults (429 + Retry-After, 503, any error) can be injected
/// per route; every call is recorded.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Team, string Channel), string> _filesFolders = [];
    private readonly List<FakeGraphChannel> _channels = [];
    private readonly Dictionary<string, FakeGraphItem> _items = [];
    private readonly List<FakeGraphCall> _calls = [];
    private readonly List<(string Route, FakeGraphFault Fault)> _faults = [];
    private long _sequence;
    private double _throttleShare;
    private TimeSpan _throttleRetryAfter;
    private Random _random = new(1);
    private int _nextId;

    private FakeGraph(WebApplication app)
    {
        _app = app;
        FakeGraphRoutes.Map(app, this);
    }

    /// <summary>The mailboxes' calendar events (<c>/users/{id}/events</c>).</summary>
    public FakeGraphEvents Events { get; } = new();

    /// <summary>e.g. http://127.0.0.1:41234/v1.0, what a GraphServiceClient takes as baseUrl.</summary>
    public string BaseUrl { get; private set; } = null!;

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGraph(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return fake;
    }

    /// <summary>Waits this long before carrying out each PUT content (a slow upload), after reading the body.</summary>
    public TimeSpan PutDelay { get; set; }

    /// <summary>
    /// Answers this share (0–1) of all known requests with 429 and Retry-After, as Graph does under load;
    /// seeded, so a run is repeatable. Zero turns it off.
    /// </summary>
    public void ThrottleRandomly(double share, TimeSpan retryAfter, int seed = 1)
    {
        lock (_lock)
        {
            _throttleShare = share;
            _throttleRetryAfter = retryAfter;
            _random = new Random(seed);
        }
    }

    /// <summary>Creates a channel (its own drive, as a private channel has its own site) and returns its drive id.</summary>
    /// <param name="displayName">Its name in the channel list; the channel id when not given.</param>
    /// <param name="membershipType">private, standard or shared, as Graph's channel.membershipType.</param>
    public string AddChannel(string teamGroupId, string channelId, string? displayName = null, string membershipType = "private")
    {
        lock (_lock)
        {
            _channels.Add(new FakeGraphChannel(teamGroupId, channelId, displayName ?? channelId, membershipType));
            var driveId = "b!drive-" + ++_nextId;
            var root = new FakeGraphItem(driveId, NewId(), null, channelId, null, 1);
            _items[root.Id] = root;
            _filesFolders[(teamGroupId, channelId)] = root.Id;
            return driveId;
        }
    }

    /// <summary>The next <paramref name="times"/> calls to <paramref name="route"/> get <paramref name="fault"/>.</summary>
    public void FailNext(string route, FakeGraphFault fault, int times = 1)
    {
        lock (_lock)
        {
            for (var i = 0; i < times; i++)
            {
                _faults.Add((route, fault));
            }
        }
    }

    public IReadOnlyList<FakeGraphCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    public int CallCount(string route) => Calls.Count(c => c.Route == route);

    /// <summary>Every file below the channel's files folder, by path ("Refleksjonsnotater/Møte 1/Kari.docx").</summary>
    public IReadOnlyDictionary<string, FakeGraphItem> FilesIn(string teamGroupId, string channelId)
    {
        lock (_lock)
        {
            var result = new Dictionary<string, FakeGraphItem>(StringComparer.Ordinal);
            if (_filesFolders.TryGetValue((teamGroupId, channelId), out var rootId))
            {
                Collect(rootId, string.Empty, result);
            }

            return result;
        }
    }

    /// <summary>Every folder and file below the channel's files folder, by path.</summary>
    public IReadOnlyList<string> PathsIn(string teamGroupId, string channelId)
    {
        lock (_lock)
        {
            var rootId = _filesFolders[(teamGroupId, channelId)];
            var paths = new List<string>();
            void Walk(string parentId, string prefix)
            {
                foreach (var child in _items.Values.Where(i => i.ParentId == parentId).OrderBy(i => i.Name, StringComparer.Ordinal))
                {
                    paths.Add(prefix + child.Name);
                    Walk(child.Id, prefix + child.Name + "/");
                }
            }

            Walk(rootId, string.Empty);
            return paths;
        }
    }

    internal IReadOnlyList<FakeGraphChannel> Channels(string teamGroupId)
    {
        lock (_lock)
        {
            return [.. _channels.Where(c => c.TeamGroupId == teamGroupId)];
        }
    }

    internal FakeGraphFault? TakeFault(string route)
    {
        lock (_lock)
        {
            if (_throttleShare > 0 && _random.NextDouble() < _throttleShare)
            {
                return FakeGraphFault.Throttle(_throttleRetryAfter);
            }

            var index = _faults.FindIndex(f => f.Route == route);
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index].Fault;
            _faults.RemoveAt(index);
            return fault;
        }
    }

    internal void Record(string method, string route, string rawTarget, string? authorization, int status, bool fault)
    {
        lock (_lock)
        {
            _calls.Add(new FakeGraphCall(++_sequence, method, route, rawTarget, authorization, status, fault));
        }
    }

    internal FakeGraphItem? FilesFolder(string team, string channel)
    {
        lock (_lock)
        {
            return _filesFolders.TryGetValue((team, channel), out var id) ? _items[id] : null;
        }
    }

    internal FakeGraphItem? Item(string driveId, string id)
    {
        lock (_lock)
        {
            return _items.TryGetValue(id, out var item) && item.DriveId == driveId ? item : null;
        }
    }

    internal FakeGraphItem? Child(string parentId, string name)
    {
        lock (_lock)
        {
            // SharePoint names are case-insensitive.
            return _items.Values.FirstOrDefault(i => i.ParentId == parentId && string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Adds the item unless its name is taken in the parent; then returns the existing one and false.</summary>
    internal (FakeGraphItem Item, bool Added) AddChild(string driveId, string parentId, string name, byte[]? content)
    {
        lock (_lock)
        {
            var existing = Child(parentId, name);
            if (existing is not null)
            {
                return (existing, false);
            }

            var item = new FakeGraphItem(driveId, NewId(), parentId, name, content, 1);
            _items[item.Id] = item;
            return (item, true);
        }
    }

    internal FakeGraphItem Replace(FakeGraphItem existing, byte[] content)
    {
        lock (_lock)
        {
            var replaced = existing with { Content = content, Version = existing.Version + 1 };
            _items[existing.Id] = replaced;
            return replaced;
        }
    }

    private void Collect(string parentId, string prefix, Dictionary<string, FakeGraphItem> into)
    {
        foreach (var child in _items.Values.Where(i => i.ParentId == parentId))
        {
            if (child.IsFolder)
            {
                Collect(child.Id, prefix + child.Name + "/", into);
            }
            else
            {
                into[prefix + child.Name] = child;
            }
        }
    }

    private string NewId() => $"01FAKE{++_nextId:D6}";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
