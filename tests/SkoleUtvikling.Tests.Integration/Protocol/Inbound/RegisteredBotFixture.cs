namespace SkoleUtvikling.Tests.Integration.Protocol.Inbound;

/// <summary>One registered bot and key server shared by the tests of a class that only post activities.</summary>
public sealed class RegisteredBotFixture : IAsyncLifetime
{
    private RegisteredBot? _bot;

    public RegisteredBot Bot => _bot ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync() => _bot = await RegisteredBot.StartAsync();

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
