using System.Data.Common;
using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Cards.Reflection;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// A lesebestilling post opens a round of reflection notes; its post carries the count and the button.
/// The roster is read first, so a Teams outage fails the firing (retried) before anything is stored;
/// the reminders are scheduled after the commit.
/// </summary>
public sealed class ReflectionMeetingPosts(ReflectionRoundOpener rounds, RoundOpener opener) : IMeetingPostListener
{
    public async Task<IMeetingPostAddition?> PrepareAsync(MeetingPost post, CancellationToken cancellationToken)
    {
        if (post.Kind != PostKind.Lesebestilling)
        {
            return null;
        }

        var round = await rounds.PrepareAsync(post.TenantId, post.Event, post.TeamId, post.ChannelId, post.ServiceUrl, post.DedupeKey, cancellationToken);
        return round is null ? null : new OpenedRound(round, opener);
    }

    private sealed class OpenedRound(RoundRecord prepared, RoundOpener opener) : IMeetingPostAddition
    {
        private RoundRecord? _stored;

        public async Task<IReadOnlyList<JsonNode>?> StoreAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
        {
            var (stored, count) = await ReflectionRoundOpener.StoreAsync(connection, transaction, prepared, now);
            _stored = stored;
            return ReflectionCountCard.Section(count);
        }

        public Task AfterCommitAsync(CancellationToken cancellationToken) =>
            _stored is null ? Task.CompletedTask : opener.AfterCommitAsync(_stored, cancellationToken);
    }
}
