using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;
using static SkoleUtvikling.Tests.Unit.Cards.Reflection.ReflectionCardQuery;

namespace SkoleUtvikling.Tests.Unit.Cards.Reflection;

public sealed class ReflectionReceiptCardTests
{
    [Fact]
    public void Receipt_says_Mottatt_with_the_time_and_the_answers()
    {
        var model = ReflectionCardSamples.Receipt(ReflectionReceiptState.Editable);

        var texts = Texts(ReflectionReceiptCard.Build(model)).ToList();

        Assert.Equal(ReflectionCardTexts.ReceiptHeading, texts[0]);
        Assert.Contains(ReflectionCardTexts.ReceivedAt("søndag 4. januar kl. 21.17"), texts);
        Assert.All(model.Summary, qa => Assert.Contains(qa.Answer, texts));
    }

    [Fact]
    public void Editable_receipt_has_Endre_as_Action_Execute_with_Submit_fallback()
    {
        var card = ReflectionReceiptCard.Build(ReflectionCardSamples.Receipt(ReflectionReceiptState.Editable));

        var execute = Assert.Single(OfType(card["body"]!, "Action.Execute"));
        Assert.Equal(ReflectionCardTexts.Edit, (string?)execute["title"]);
        Assert.Equal(ActionIds.ReflectionEdit, (string?)execute["verb"]);
        Assert.Equal(ActionIds.ReflectionEdit, (string?)execute["fallback"]!["data"]![ActionIds.VerbField]);
        Assert.Equal(ReflectionCardSamples.RoundId, (string?)execute["fallback"]!["data"]![ReflectionFields.RoundId]);
    }

    [Theory]
    [InlineData(ReflectionReceiptState.Locked)]
    [InlineData(ReflectionReceiptState.AcceptedLate)]
    public void After_the_deadline_there_is_no_Endre_but_a_note_saying_why(ReflectionReceiptState state)
    {
        var card = ReflectionReceiptCard.Build(ReflectionCardSamples.Receipt(state));

        Assert.Empty(OfType(card["body"]!, "ActionSet"));
        var expected = state == ReflectionReceiptState.Locked
            ? ReflectionCardTexts.Locked("mandag 5. januar kl. 23.59")
            : ReflectionCardTexts.AcceptedLate("mandag 5. januar kl. 23.59");
        Assert.Contains(expected, Texts(card));
    }

    [Fact]
    public void Refresh_targets_only_the_author_with_an_Action_Execute()
    {
        var card = ReflectionReceiptCard.Build(ReflectionCardSamples.Receipt(ReflectionReceiptState.Editable));

        var refresh = card["refresh"]!.AsObject();
        Assert.Equal([ReflectionCardSamples.AuthorId], refresh["userIds"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal(ActionIds.ReflectionRefresh, (string?)refresh["action"]!["verb"]);
        Assert.Equal(ReflectionCardSamples.RoundId, (string?)refresh["action"]!["data"]![ReflectionFields.RoundId]);
    }

    [Fact]
    public void Refresh_block_refuses_more_than_60_user_ids()
    {
        var action = CardActions.ExecuteWithoutFallback("x", "v", new Dictionary<string, string>());
        var ids = Enumerable.Range(0, CardRefresh.MaxUserIds + 1).Select(i => "29:" + i).ToList();

        Assert.Throws<ArgumentOutOfRangeException>(() => CardRefresh.Block(action, ids));
        Assert.Equal(60, CardRefresh.Block(action, ids[..60])["userIds"]!.AsArray().Count);
    }
}
