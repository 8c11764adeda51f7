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
/// A flexible meeting with registered nettverksgrupper (issue 15) opens one round per group instead, each in a copy of
/// the post in the group's channel and due at the group's own booked slot (a group registered in the programme's own
/// channel keeps the post's round; a group registered after the post gets its copy and round when the post is
/// dispatched again). The roster is read first, so a Teams outage fails the firing (retried) before
/// anything is stored; the reminders are scheduled after the commit.
/// </summary>
public sealed class ReflectionMeetingPosts(ReflectionRoundOpener rounds, RoundOpener opener, RoundStore store, IEnumerable<IUnitDirectory> units) : IMeetingPostListener
{
    public async Task<IMeetingPostAddition?> PrepareAsync(MeetingPost post, CancellationToken cancellationToken)
    {
        if (post.Kind != PostKind.Lesebestilling || post.Event.Lesebestilling is null)
        {
            return null;
        }

        var groups = await GroupsAsync(post, cancellationToken);
        // A meeting whose one round opened before any group was registered keeps it (the post is dispatched again
        // when a group registers late): the groups' members are in it already.
        if (groups.Count > 0 && groups.All(g => g.ChannelId != post.ChannelId)
            && await store.RoundAsync(post.TenantId, RoundOpener.RoundId(post.TenantId, post.Event.Key, ReflectionNoteForm.FormId), cancellationToken) is not null)
        {
            groups = [];
        }

        if (groups.Count == 0)
        {
            var round = await rounds.PrepareAsync(post.TenantId, post.Event, post.TeamId, post.ChannelId, post.ServiceUrl, post.DedupeKey, cancellationToken);
            return round is null ? null : new OpenedRounds(round, [], opener);
        }

        // The programme's channel keeps a round only when it is itself a group's channel (that group's round, as before).
        var own = groups.Any(g => g.ChannelId == post.ChannelId)
            ? await rounds.PrepareAsync(post.TenantId, post.Event, post.TeamId, post.ChannelId, post.ServiceUrl, post.DedupeKey, cancellationToken)
            : null;
        var copies = new List<(RegisteredUnit, RoundRecord)>();
        foreach (var group in groups.Where(g => g.ChannelId != post.ChannelId))
        {
            if (await rounds.PrepareForGroupAsync(post.TenantId, post.Event, group, post.ChannelId, post.CopyDedupeKey(group.Id), cancellationToken) is { } round)
            {
                copies.Add((group, round));
            }
        }

        return new OpenedRounds(own, copies, opener);
    }

    /// <summary>The nettverksgrupper that meet for a flexible meeting on their own (every group of the tenant, as booking asks them all).</summary>
    private async Task<IReadOnlyList<RegisteredUnit>> GroupsAsync(MeetingPost post, CancellationToken cancellationToken)
    {
        if (post.Event.Window is null)
        {
            return [];
        }

        var groups = new List<RegisteredUnit>();
        foreach (var directory in units)
        {
            groups.AddRange(await directory.UnitsAsync(post.TenantId, UnitKinds.Nettverksgruppe, cancellationToken));
        }

        return [.. groups.DistinctBy(g => g.Id, StringComparer.Ordinal)];
    }

    private sealed class OpenedRounds(RoundRecord? own, IReadOnlyList<(RegisteredUnit Group, RoundRecord Round)> groups, RoundOpener opener) : IMeetingPostAddition
    {
        private readonly List<RoundRecord> _stored = [];
        private readonly List<MeetingPostCopy> _copies = [];

        public IReadOnlyList<MeetingPostCopy> Copies => _copies;

        public async Task<IReadOnlyList<JsonNode>?> StoreAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
        {
            _stored.Clear();
            _copies.Clear();
            IReadOnlyList<JsonNode>? sections = null;
            if (own is not null)
            {
                var (stored, count) = await ReflectionRoundOpener.StoreAsync(connection, transaction, own, now);
                _stored.Add(stored);
                sections = ReflectionCountCard.Section(count);
            }

            foreach (var (group, prepared) in groups)
            {
                var (stored, count) = await ReflectionRoundOpener.StoreAsync(connection, transaction, prepared, now);
                _stored.Add(stored);
                _copies.Add(new MeetingPostCopy(group.TeamId, group.ChannelId, group.ServiceUrl, stored.PostDedupeKey, ReflectionCountCard.Section(count)));
            }

            return sections ?? (groups.Count > 0 ? ReflectionCountCard.WrittenInGroups(groups.Count) : null);
        }

        public async Task AfterCommitAsync(CancellationToken cancellationToken)
        {
            foreach (var stored in _stored)
            {
                await opener.AfterCommitAsync(stored, cancellationToken);
            }
        }
    }
}
