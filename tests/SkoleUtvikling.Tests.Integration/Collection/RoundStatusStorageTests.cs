using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Collection;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Collection;

/// <summary>
/// The engine's status query and chase mechanism on each backend (real SQLite and real PostgreSQL): the
/// <c>fritak</c> reason stored beside the exemption, chases read back per person from the outbox, the
/// one-a-day key, and only the round's leaders get a status.
/// </summary>
public sealed class RoundStatusStorageTests
{
    private const int Teachers = 12;

    [Theory]
    [InlineData(SqlDialect.Sqlite)]
    [InlineData(SqlDialect.Postgres)]
    public async Task Status_shows_the_exemption_reason_and_each_persons_chase_and_a_second_chase_the_same_day_queues_nothing(SqlDialect dialect)
    {
        await using var db = await TestDatabase.CreateAsync(dialect);
        await using var fake = await FakeConnector.StartAsync(TimeProvider.System);
        using var bot = new BotHost(new Dictionary<string, string?>(db.Settings) { ["Logging:LogLevel:Default"] = "Warning" });
        bot.Start();
        var database = bot.Services.GetRequiredService<Database>();
        var store = bot.Services.GetRequiredService<RoundStore>();
        var query = bot.Services.GetRequiredService<RoundStatusQuery>();
        var now = TimeProvider.System.GetUtcNow();
        var round = await ChaseFanOut.SeedAsync(database, fake.ServiceUrl, Teachers, now);
        var exempt = ChaseFanOut.Teacher(3);
        await database.InTransactionAsync(async (c, t) =>
        {
            await store.SetExemptAsync(c, t, round, exempt, exempt: true);
            await ExemptReasons.SetAsync(c, t, round.Id, exempt, ExemptReasons.Leave, ChaseFanOut.Leader, now);
        });
        round = await store.RoundAsync(round.TenantId, round.Id, CancellationToken.None) ?? throw new InvalidOperationException("The round is gone.");

        var first = await ChaseFanOut.ChaseAllAsync(bot.Services, round);
        var again = await ChaseFanOut.ChaseAllAsync(bot.Services, round);
        await fake.WaitUntilAsync(f => f.Activities.Count(a => a.Kind == "send") >= Teachers - 1, TimeSpan.FromSeconds(60), "the chases");

        Assert.Equal(new ChaseResult(Teachers - 1, 0, 0), first);
        Assert.Equal(new ChaseResult(0, Teachers - 1, 0), again);
        Assert.Equal(0, ChaseFanOut.ChasesPerTeacher(fake, Teachers)[3]);
        var status = await query.LedRoundAsync(round.TenantId, round.Id, ChaseFanOut.Leader, null, CancellationToken.None);
        Assert.NotNull(status);
        var person = Assert.Single(status.People, p => p.UserId == exempt);
        Assert.Equal((PersonState.Exempt, ExemptReasons.Leave), (person.State, person.ExemptReason));
        Assert.Equal(Teachers - 1, status.Missing.Count);
        Assert.All(status.Missing, p => Assert.Single(p.Chases));
        Assert.Equal(1, status.Exempt);

        // A teacher is no leader: no status, whatever round id they send.
        Assert.Null(await query.LedRoundAsync(round.TenantId, round.Id, ChaseFanOut.Teacher(0), null, CancellationToken.None));
        Assert.Empty(await query.LedAsync(round.TenantId, ChaseFanOut.Teacher(0), null, CancellationToken.None));
    }
}
