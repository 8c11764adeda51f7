using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Status;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// <c>status</c>, «Purr», «Send på nytt»: the engine's one status query and one chase mechanism, for
/// whoever leads the rounds (decided by the query, never by the card's data). Names only in a 1:1 chat.
/// </summary>
public sealed class StatusService(RoundStatusQuery query, RoundChases chases, IUnitDirectory units, IEnumerable<IStatusSection> sections, TimeProvider time, ILogger<StatusService> logger)
{
    /// <summary>The status card, or null with a refusal for someone who leads no round.</summary>
    public async Task<(JsonObject? Card, string? Refusal)> ShowAsync(Activity activity, string? notice, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var rounds = await query.LedAsync(activity.TenantId ?? "", user.Id, user.EntraObjectId, cancellationToken);
        if (rounds.Count == 0)
        {
            StatusLog.Refused(logger, user.Id);
            return (null, StatusTexts.OnlyLeaders);
        }

        var showNames = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        StatusLog.Shown(logger, user.Id, rounds.Count, showNames);
        var model = StatusViews.Card(rounds, showNames, time.GetUtcNow(), notice, await UnitsAsync(activity.TenantId ?? "", cancellationToken));
        return (StatusCard.Build(model with { Sections = await SectionsAsync(activity.TenantId ?? "", showNames, cancellationToken) }), null);
    }

    /// <summary>What other features contribute (e.g. bookings), for someone the round query has just found to be a leader.</summary>
    private async Task<IReadOnlyList<StatusSectionModel>> SectionsAsync(string tenantId, bool showNames, CancellationToken cancellationToken)
    {
        var result = new List<StatusSectionModel>();
        foreach (var section in sections)
        {
            result.AddRange((await section.SectionsAsync(tenantId, showNames, cancellationToken)).Select(StatusViews.Section));
        }

        return result;
    }

    /// <summary>
    /// «Purr» on a contributed section (e.g. «Purr grupper»): only in a 1:1 chat, only for someone who leads a round
    /// (the same check as <c>status</c>), and only for an item the section finds (source and item are the card's claim).
    /// </summary>
    private async Task<(string? Notice, string? Refusal)> ChaseSectionAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var tenantId = activity.TenantId ?? "";
        var source = SubmitData.Field(activity.Value, StatusVerbs.Source) ?? "";
        var itemId = SubmitData.Field(activity.Value, StatusVerbs.ItemId) ?? "";
        if ((await query.LedAsync(tenantId, user.Id, user.EntraObjectId, cancellationToken)).Count == 0)
        {
            StatusLog.Refused(logger, user.Id);
            return (null, StatusTexts.OnlyLeaders);
        }

        if (activity.Conversation?.ConversationType is not (null or ConversationTypes.Personal))
        {
            return (null, StatusTexts.SectionOnlyPersonal);
        }

        var section = sections.FirstOrDefault(s => string.Equals(s.Source, source, StringComparison.Ordinal));
        var notice = section is null ? null : await section.ChaseAsync(tenantId, itemId, cancellationToken);
        StatusLog.SectionChased(logger, user.Id, source.Length <= 20 ? source : source[..20], notice is not null);
        return notice is null ? (null, StatusTexts.SectionGone) : (notice, null);
    }

    /// <summary>
    /// Each person's school or unit, from the registered units (<see cref="IUnitDirectory"/>; a unit-answer
    /// round's participant is the unit itself). A unit where the person is an editor or leader (rektor, SKUT)
    /// comes before one where they are only a member; then schools, nettverksgrupper, others, by name.
    /// Null for everyone when the tenant has fewer than two units.
    /// </summary>
    private async Task<Func<RoundStatus, PersonStatus, string?>?> UnitsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var registered = await units.UnitsAsync(tenantId, null, cancellationToken);
        if (registered.Count < 2)
        {
            return null;
        }

        var ordered = registered.OrderBy(u => u.Kind switch { UnitKinds.School => 0, UnitKinds.Nettverksgruppe => 1, _ => 2 })
            .ThenBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        // One roster read per unit (Teams' roster, or the members the bot knows when Teams cannot give it).
        var people = new List<(RegisteredUnit Unit, UnitPeople People)>();
        foreach (var unit in ordered)
        {
            people.Add((unit, await units.PeopleAsync(unit, cancellationToken)));
        }

        var byKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<(RegisteredUnit Unit, UnitPerson Person)> pairs)
        {
            foreach (var (unit, person) in pairs)
            {
                byKey.TryAdd(person.UserId, unit.Name);
                if (person.AadObjectId is { Length: > 0 } aad)
                {
                    byKey.TryAdd("aad:" + aad, unit.Name);
                }
            }
        }

        foreach (var unit in ordered)
        {
            byKey.TryAdd(unit.Id, unit.Name);
        }

        Add(people.SelectMany(p => p.People.Editors.Concat(p.People.Leaders).Select(person => (p.Unit, person))));
        Add(people.SelectMany(p => p.People.Members.Select(person => (p.Unit, person))));
        // By Entra id first: a configured rektor's role may be known only by it, while the roster knows them by Teams id as a member elsewhere.
        return (status, person) =>
            (status.Round.People.FirstOrDefault(p => string.Equals(p.UserId, person.UserId, StringComparison.OrdinalIgnoreCase))?.AadObjectId is { Length: > 0 } aad
                ? byKey.GetValueOrDefault("aad:" + aad)
                : null)
            ?? byKey.GetValueOrDefault(person.UserId);
    }

    /// <summary>
    /// «Rapport (Excel)» on the status card: the round's file consent card, as <c>rapport</c> gives it; only
    /// for someone who leads the round (the query decides; the round id is the card's claim), in a 1:1 chat.
    /// </summary>
    public async Task<(Activity? Offer, string? Refusal)> ReportAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var roundId = SubmitData.Field(activity.Value, StatusVerbs.RoundId) ?? "";
        var status = await query.LedRoundAsync(activity.TenantId ?? "", roundId, user.Id, user.EntraObjectId, cancellationToken);
        if (status is null)
        {
            StatusLog.Refused(logger, user.Id);
            return (null, StatusTexts.RoundGone);
        }

        if (activity.Conversation?.ConversationType is not (null or ConversationTypes.Personal))
        {
            return (null, StatusTexts.ReportOnlyPersonal);
        }

        StatusLog.ReportOffered(logger, status.Round.Id, user.Id);
        return (ReportOffer.Consent(status), null);
    }

    /// <summary>A click on the status card: chase, resend or refresh; then the card as it is now.</summary>
    public async Task<(JsonObject? Card, string? Refusal)> ActAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var verb = SubmitData.Verb(activity.Value);
        if (verb == StatusVerbs.ChaseSection)
        {
            var (sectionNotice, refusal) = await ChaseSectionAsync(activity, cancellationToken);
            return refusal is null ? await ShowAsync(activity, sectionNotice, cancellationToken) : (null, refusal);
        }

        var roundId = SubmitData.Field(activity.Value, StatusVerbs.RoundId) ?? "";
        var status = await query.LedRoundAsync(activity.TenantId ?? "", roundId, user.Id, user.EntraObjectId, cancellationToken);
        if (status is null)
        {
            StatusLog.Refused(logger, user.Id);
            return (null, StatusTexts.RoundGone);
        }

        // Chasing names people: only from a 1:1 chat (the card with names is only ever there).
        var personal = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        string? notice = null;
        if (verb == StatusVerbs.Chase && personal)
        {
            var person = SubmitData.Field(activity.Value, StatusVerbs.PersonInput(roundId)) ?? SubmitData.Field(activity.Value, StatusVerbs.Person);
            person = string.IsNullOrWhiteSpace(person) || person.Trim() == StatusVerbs.Everyone ? null : person.Trim();
            if (person is not null && !status.Missing.Any(p => string.Equals(p.UserId, person, StringComparison.OrdinalIgnoreCase)))
            {
                notice = StatusTexts.NotMissing;
            }
            else
            {
                var result = await chases.ChaseAsync(status.Round, person, cancellationToken);
                StatusLog.Chased(logger, roundId, user.Id, result.Queued, result.AlreadyToday);
                notice = result.Closed ? StatusTexts.ChaseClosed
                    : result is { Queued: 0, AlreadyToday: 0 } && result.Unreachable > 0 && !status.Missing.Any(m => m.LastChase is not null)
                    ? StatusTexts.Chased(0, 0, result.Unreachable)
                    : StatusTexts.Chased(result.Queued, result.AlreadyToday, result.Unreachable);
            }
        }
        else if (verb == StatusVerbs.Resend && personal)
        {
            var result = await chases.ResendFailedAsync(status, cancellationToken);
            notice = result.Queued == 0 ? StatusTexts.NothingToResend : StatusTexts.Resent(result.Queued);
        }

        return await ShowAsync(activity, notice, cancellationToken);
    }
}
