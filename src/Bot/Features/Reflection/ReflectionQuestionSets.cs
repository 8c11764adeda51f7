using System.Text.Json;
using Dapper;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// The questions a leader set for a channel's reflection notes. New rounds in the channel use them; a
/// round that is open and has no notes yet takes them too, so nobody answers two different forms.
/// </summary>
public sealed class ReflectionQuestionSets(Database database, RoundCache cache)
{
    private const string Get = "SELECT questions_json FROM reflection_questions WHERE tenant_id = @TenantId AND channel_id = @ChannelId";

    private const string Upsert = """
        INSERT INTO reflection_questions (tenant_id, channel_id, questions_json, set_by, set_at_ms)
        VALUES (@TenantId, @ChannelId, @QuestionsJson, @SetBy, @Now)
        ON CONFLICT (tenant_id, channel_id) DO UPDATE SET
            questions_json = excluded.questions_json, set_by = excluded.set_by, set_at_ms = excluded.set_at_ms
        """;

    private const string Delete = "DELETE FROM reflection_questions WHERE tenant_id = @TenantId AND channel_id = @ChannelId";

    private const string UnansweredOpenRounds = """
        SELECT round_id FROM collection_rounds r
        WHERE r.tenant_id = @TenantId AND r.channel_id = @ChannelId AND r.form_id = @FormId AND r.deadline_at_ms > @Now
          AND NOT EXISTS (SELECT 1 FROM collection_versions v WHERE v.round_id = r.round_id)
        """;

    private const string SetForm = "UPDATE collection_rounds SET form_json = @FormJson WHERE tenant_id = @TenantId AND round_id = @RoundId";

    /// <summary>The form a new round in the channel gets: the leader's questions, or the default ones.</summary>
    public async Task<FormDefinition> FormForAsync(string tenantId, string channelId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var json = await c.ExecuteScalarAsync<string?>(new CommandDefinition(Get, new { TenantId = tenantId, ChannelId = channelId }, cancellationToken: cancellationToken));
        return json is null ? ReflectionNoteForm.Default : ReflectionNoteForm.WithQuestions(JsonSerializer.Deserialize<List<string>>(json) ?? []);
    }

    /// <summary>Stores the questions (null: back to the default) and gives them to open rounds nobody has answered.</summary>
    /// <returns>How many open rounds took the new questions.</returns>
    public Task<int> SetAsync(string tenantId, string channelId, IReadOnlyList<string>? questions, string setBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var form = questions is null ? ReflectionNoteForm.Default : ReflectionNoteForm.WithQuestions(questions);
        var args = new
        {
            TenantId = tenantId,
            ChannelId = channelId,
            QuestionsJson = JsonSerializer.Serialize(questions ?? []),
            SetBy = setBy,
            Now = now.ToUnixTimeMilliseconds(),
            FormId = form.Id,
            FormJson = CollectionJson.Serialize(form),
        };
        return database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(questions is null ? Delete : Upsert, args, t);
            var open = (await c.QueryAsync<string>(UnansweredOpenRounds, args, t)).ToList();
            foreach (var roundId in open)
            {
                await c.ExecuteAsync(SetForm, new { args.TenantId, args.FormJson, RoundId = roundId }, t);
                cache.Forget(roundId);
            }

            return open.Count;
        }, cancellationToken);
    }
}
