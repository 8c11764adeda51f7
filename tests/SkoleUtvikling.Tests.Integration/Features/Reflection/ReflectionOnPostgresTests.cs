using SkoleUtvikling.Cards.Reflection;
using SkoleUtvikling.Testing;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>
/// The whole round on PostgreSQL (SKOLEUTVIKLING_TEST_POSTGRES), the scale-out database: the commands
/// that look rounds up by person (<c>notat</c>, <c>notater</c>) and a submit with its receipt and count.
/// </summary>
public sealed class ReflectionOnPostgresTests
{
    private const string Message = "Teksten minner oss om at relasjonen til eleven er grunnmuren i klasseledelse.";
    private const string Practice = "Jeg vil hilse på hver elev i døra og bruke navnet deres hver eneste time.";

    [Fact]
    public async Task Notat_submit_and_the_leaders_notater_list_work_on_PostgreSQL()
    {
        await using var teams = await StartAsync(TestDatabases.Postgres());
        var (form, formId) = await teams.FormInChatAsync(Ola);

        var answered = await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId);
        (await teams.SayPersonallyAsync(Rolf, "notater")).EnsureSuccessStatusCode();

        Assert.Single(await teams.VersionsAsync(Ola));
        Assert.Equal(ReflectionCardTexts.ReceiptHeading, answered.ActionCard!["body"]![0]!["text"]!.GetValue<string>());
        await teams.WaitForAsync(_ => teams.CountUpdates().Count > 0 && teams.Connector.ActivitiesIn(Rolf.PersonalChat).Count > 0,
            "the count update and Rolf's list of rounds");
        var list = Json(Assert.Single(teams.Connector.ActivitiesIn(Rolf.PersonalChat)).Activity);
        Assert.Contains(ReflectionCardTexts.RoundListHeading, list, StringComparison.Ordinal);
        Assert.Contains($"1 av {Expected}", list, StringComparison.Ordinal);
    }
}
