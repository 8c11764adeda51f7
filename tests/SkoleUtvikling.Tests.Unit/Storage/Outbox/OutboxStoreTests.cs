using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Tests.Unit.Storage.Outbox;

public sealed class OutboxStoreTests
{
    [Theory]
    [InlineData(OutboxOperation.Send, "19:abc@thread.tacv2", "19:abc@thread.tacv2")]
    [InlineData(OutboxOperation.Reply, "19:abc@thread.tacv2;messageid=17", "19:abc@thread.tacv2")]
    [InlineData(OutboxOperation.Update, "a:1xyz", "a:1xyz")]
    [InlineData(OutboxOperation.CreatePersonal, "29:ola", "personal:29:ola")]
    public void Rows_are_ordered_and_limited_per_conversation_without_its_thread_or_per_user_for_a_new_1to1(OutboxOperation operation, string conversationId, string key)
    {
        var message = new OutboxMessage("k", "t", "https://smba.trafficmanager.net/emea/", conversationId, operation, new Activity());

        Assert.Equal(key, OutboxStore.KeyOf(message));
    }
}
