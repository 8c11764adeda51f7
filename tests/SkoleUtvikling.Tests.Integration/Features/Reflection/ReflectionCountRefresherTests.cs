using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Storage;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>The post's count is refreshed after a note's commit, by one refresher, not inside the submit.</summary>
public sealed class ReflectionCountRefresherTests
{
    [Fact]
    public async Task A_note_committed_just_before_the_bot_stopped_is_counted_when_the_refresher_starts_again()
    {
        await using var teams = await StartAsync();
        var database = teams.Host.Services.GetRequiredService<Database>();
        var note = new SubmissionVersion(1, Ola.Id, teams.Clock.GetUtcNow(), new Dictionary<string, string> { ["q1"] = "notat" }, IsDraft: false, IsLate: false);

        // Committed as a submit commits it, but the running refresher is never told (the bot stopped right after).
        await database.InTransactionAsync((c, t) => RoundStore.AppendAsync(c, t, new Submission(teams.RoundId, Ola.Id, [note]), Ola.Name));
        await teams.OutboxDrainedAsync();
        Assert.Empty(teams.CountUpdates());

        // The next start: its refresher counts every round still taking answers once.
        var restarted = ActivatorUtilities.CreateInstance<ReflectionCountRefresher>(teams.Host.Services);
        await restarted.StartAsync(CancellationToken.None);
        try
        {
            await teams.CountReachesAsync(1, Expected);
            Assert.Single(teams.CountUpdates());
        }
        finally
        {
            await restarted.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Many_notes_at_once_end_in_one_count_of_all_of_them_and_the_post_never_goes_back()
    {
        await using var teams = await StartAsync();

        await Task.WhenAll(new[] { Ola, Per, Siri }.Select(async user =>
            await teams.SubmitDialogAsync(user, (await teams.FetchDialogAsync(user)).DialogCard!, Answers("Relasjonen til eleven er grunnmuren i klasseledelse.", "Jeg hilser på hver elev i døra."))));

        await teams.CountReachesAsync(3, Expected);
        var counts = teams.CountUpdates().Select(u => Json(u.Activity)).Select(j => Enumerable.Range(1, 3).Single(n => j.Contains($"{n} av {Expected} har levert", StringComparison.Ordinal))).ToList();
        Assert.Equal(counts.Order(), counts);
        Assert.Single(counts, 3);
    }
}
