using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Cards.Common;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>«spørsmål» in a channel: leaders set the questions of its reflection notes.</summary>
public sealed class ReflectionQuestionsTests
{
    private const string NewQuestions = "spørsmål Hva er hovedpoenget i kapittel 3? Hvordan prøver du det ut i klassen din?";

    [Fact]
    public async Task A_leaders_questions_reach_the_open_round_nobody_has_answered_and_the_form_asks_them()
    {
        await using var teams = await StartAsync();

        await teams.SayInChannelAsync(Rolf, NewQuestions);

        await teams.WaitForAsync(c => c.Activities.Any(a => a.Text?.StartsWith("Lagret.", StringComparison.Ordinal) == true), "the receipt for the questions");
        var reply = teams.ChannelActivities().Single(a => a.Text?.StartsWith("Lagret.", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("1. Hva er hovedpoenget i kapittel 3?", reply, StringComparison.Ordinal);
        Assert.Contains("2. Hvordan prøver du det ut i klassen din?", reply, StringComparison.Ordinal);
        Assert.Contains("Runden som er åpen nå", reply, StringComparison.Ordinal);
        var form = Json((await teams.FetchDialogAsync(Ola)).DialogCard);
        Assert.Contains("Hva er hovedpoenget i kapittel 3?", form, StringComparison.Ordinal);
        Assert.DoesNotContain(ReflectionTextsDefault, form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_someone_has_answered_keeps_its_questions()
    {
        await using var teams = await StartAsync();
        var first = await teams.FetchDialogAsync(Ola);
        await teams.SubmitDialogAsync(Ola, first.DialogCard!, Answers("Et budskap om relasjoner i klassen.", "Jeg hilser på alle i døra hver dag."));

        await teams.SayInChannelAsync(Rolf, NewQuestions);

        await teams.WaitForAsync(c => c.Activities.Any(a => a.Text?.StartsWith("Lagret.", StringComparison.Ordinal) == true), "the receipt for the questions");
        Assert.DoesNotContain(teams.ChannelActivities(), a => a.Text?.Contains("Runden som er åpen nå", StringComparison.Ordinal) == true);
        Assert.Contains(ReflectionTextsDefault, Json((await teams.FetchDialogAsync(Per)).DialogCard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_leaders_change_the_questions_and_anyone_may_read_them()
    {
        await using var teams = await StartAsync();

        await teams.SayInChannelAsync(Ola, NewQuestions);
        await teams.SayInChannelAsync(Ola, "spørsmål");

        await teams.WaitForAsync(c => c.Activities.Any(a => a.Text?.StartsWith("Refleksjonsnotatene i denne kanalen spør", StringComparison.Ordinal) == true), "the current questions");
        Assert.Contains(teams.ChannelActivities(), a => a.Text == ReflectionTexts.QuestionsOnlyLeaders);
        Assert.Contains(ReflectionTextsDefault, Json((await teams.FetchDialogAsync(Per)).DialogCard), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hva er budskapet? Hva betyr det for deg?", new[] { "Hva er budskapet?", "Hva betyr det for deg?" })]
    [InlineData("Beskriv én ting du prøvde | Hva skjedde?", new[] { "Beskriv én ting du prøvde", "Hva skjedde?" })]
    [InlineData("  |  ", new string[0])]
    public void Questions_are_split_after_question_marks_and_on_bars(string text, string[] expected)
    {
        Assert.Equal(expected, QuestionsCommand.Parse(text));
    }

    private const string ReflectionTextsDefault = "Hvilket budskap har denne teksten?";
}
