using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Tests.Unit.Collection;

/// <summary>A round's scope within its subject (one round per nettverksgruppe of a flexible meeting) and the keys of a post's copies.</summary>
public sealed class RoundScopeTests
{
    [Fact]
    public void A_scoped_subject_is_the_subject_and_the_unit_and_splits_back()
    {
        var scoped = RoundScope.Subject("lp-2020-10-01-nettverk", "nettverksgruppe:gruppe-3");
        Assert.Equal("lp-2020-10-01-nettverk#nettverksgruppe:gruppe-3", scoped);
        Assert.Equal(("lp-2020-10-01-nettverk", (string?)"nettverksgruppe:gruppe-3"), RoundScope.Split(scoped));
        Assert.Equal("lp-2020-10-01-nettverk", RoundScope.Subject("lp-2020-10-01-nettverk", null));
        Assert.Equal(("mellomarbeid:skole:nordby-skole:3", (string?)null), RoundScope.Split("mellomarbeid:skole:nordby-skole:3"));
    }

    [Fact]
    public void Scoped_rounds_of_one_subject_have_their_own_ids_and_the_same_scope_the_same_id()
    {
        var whole = RoundOpener.RoundId("t", "lp-1", "refleksjonsnotat");
        var g3 = RoundOpener.RoundId("t", RoundScope.Subject("lp-1", "nettverksgruppe:gruppe-3"), "refleksjonsnotat");
        var g4 = RoundOpener.RoundId("t", RoundScope.Subject("lp-1", "nettverksgruppe:gruppe-4"), "refleksjonsnotat");
        Assert.Equal(3, new[] { whole, g3, g4 }.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(g3, RoundOpener.RoundId("t", RoundScope.Subject("lp-1", "nettverksgruppe:gruppe-3"), "refleksjonsnotat"));
    }

    [Fact]
    public void A_posts_copy_for_a_unit_is_keyed_by_the_post_and_the_unit_and_leads_back_to_the_post()
    {
        var post = new MeetingPost("t", new PlanEvent { Key = "lp-1", Programme = Programme.Lp, Title = "Nettverk", FirstDate = new(2020, 10, 1), LastDate = new(2020, 10, 1) }, PostKind.Lesebestilling, "team", "kanal", "https://smba", "post:t|lp-1/lesebestilling");
        var copy = post.CopyDedupeKey("nettverksgruppe:gruppe-3");
        Assert.Equal("post:t|lp-1/lesebestilling#nettverksgruppe:gruppe-3", copy);
        Assert.Equal(post.DedupeKey, MeetingPost.OriginalDedupeKey(copy));
        Assert.Equal(post.DedupeKey, MeetingPost.OriginalDedupeKey(post.DedupeKey));
    }

    [Fact]
    public void A_flexible_meetings_due_is_the_units_slot_else_the_end_of_the_windows_last_day()
    {
        var window = new FlexibleWindow(new DateOnly(2020, 10, 1), 5, 5, TimeSpan.FromHours(3), "Arne K.");
        var slot = new MeetingSlot(new DateTimeOffset(2020, 9, 29, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2020, 9, 29, 13, 0, 0, TimeSpan.Zero), null);
        Assert.Equal(slot.Start, MeetingDue.Of(window, slot));
        Assert.Equal(new DateTimeOffset(2020, 10, 6, 22, 0, 0, TimeSpan.Zero), MeetingDue.Of(window, null));
    }
}
