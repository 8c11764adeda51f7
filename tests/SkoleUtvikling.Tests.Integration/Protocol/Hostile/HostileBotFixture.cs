using SkoleUtvikling.Tests.Integration.Protocol.Inbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Hostile;

/// <summary>
/// A registered single-tenant bot (keys from the loopback key server) whose outbox only queues, so a
/// test can see every reply an accepted activity would have caused, and that a refused one caused none.
/// </summary>
public sealed class HostileBotFixture : IAsyncLifetime
{
    private RegisteredBot? _bot;

    public RegisteredBot Bot => _bot ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync() => _bot = await RegisteredBot.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
