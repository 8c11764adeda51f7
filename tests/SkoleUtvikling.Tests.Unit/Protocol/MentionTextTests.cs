using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Tests.Unit.Protocol;

public sealed class MentionTextTests
{
    [Fact]
    public void Bot_mention_is_stripped_from_a_channel_message()
    {
        var activity = ProtocolJson.ParseActivity(TeamsPayloads.Read("channel-mention"))!;

        Assert.Equal("hjelp", MentionText.WithoutBotMention(activity));
    }

    [Fact]
    public void Mentions_of_other_people_are_kept()
    {
        var activity = new Activity
        {
            Text = "<at>SkoleUtvikling</at> purre <at>Ola</at>",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [new Entity { Type = "mention", Text = "<at>SkoleUtvikling</at>", Mentioned = new ChannelAccount { Id = "28:bot" } }],
        };

        Assert.Equal("purre <at>Ola</at>", MentionText.WithoutBotMention(activity));
    }

    [Fact]
    public void Html_entities_and_extra_whitespace_are_normalised()
    {
        var activity = new Activity { Text = "  hjelp&nbsp;\n ", Recipient = new ChannelAccount { Id = "b" } };

        Assert.Equal("hjelp", MentionText.WithoutBotMention(activity));
    }
}
