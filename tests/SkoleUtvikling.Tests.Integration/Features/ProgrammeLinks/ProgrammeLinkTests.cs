using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Features.ProgrammeLinks;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Features.ProgrammeLinks;

public sealed class ProgrammeLinkTests : IDisposable
{
    private const string ArneAad = "0d2e8f61-7b3c-4a59-b1d2-6e4f3a2b1c0d";
    private const string ChannelId = "19:4b1c7d0e9f2a4c3b8d6e5f1a2b3c4d5e@thread.tacv2";
    private readonly BotHost _host = new(new Dictionary<string, string?> { ["Leaders:AadObjectIds:0"] = ArneAad });
    private readonly HttpClient _http;
    private int _messageId;

    public ProgrammeLinkTests()
    {
        _http = new HttpClient { BaseAddress = _host.Start() };
    }

    [Fact]
    public async Task A_leader_links_KULG_to_the_channel_they_write_in()
    {
        await SayInChannelAsync("koble KULG", ArneAad, ChannelId);

        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(ChannelId, await db.ExecuteScalarAsync<string>("SELECT channel_id FROM programme_channels WHERE programme_key = 'kulg'"));
        Assert.Equal(ProgrammeLinkTexts.Linked("KULG"), await LastReplyTextAsync());
    }

    [Fact]
    public async Task Linking_again_from_another_channel_moves_the_programme()
    {
        await SayInChannelAsync("koble IBSM", ArneAad, ChannelId);
        await SayInChannelAsync("koble ibsm", ArneAad, "19:other@thread.tacv2");

        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal("19:other@thread.tacv2", await db.ExecuteScalarAsync<string>("SELECT channel_id FROM programme_channels WHERE programme_key = 'ibsm'"));
        Assert.Equal(ProgrammeLinkTexts.Moved("IBSM"), await LastReplyTextAsync());
    }

    [Fact]
    public async Task Someone_who_is_not_a_leader_is_refused_and_nothing_is_linked()
    {
        await SayInChannelAsync("koble KULG", "11111111-2222-3333-4444-555555555555", ChannelId);

        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM programme_channels"));
        Assert.Equal(ProgrammeLinkTexts.OnlyLeaders, await LastReplyTextAsync());
    }

    [Fact]
    public async Task In_a_personal_chat_koble_explains_where_to_write_it()
    {
        var message = Payloads.Load("personal-message");
        message["text"] = "koble KULG";

        await _http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);

        Assert.Equal(ProgrammeLinkTexts.OnlyInChannels, await LastReplyTextAsync());
    }

    [Fact]
    public async Task A_missing_programme_gets_a_clear_answer()
    {
        await SayInChannelAsync("koble", ArneAad, ChannelId);

        Assert.Equal(ProgrammeLinkTexts.MissingProgramme, await LastReplyTextAsync());
    }

    [Fact]
    public async Task An_unknown_programme_is_refused_with_the_known_ones()
    {
        await SayInChannelAsync("koble KULG; DROP TABLE teams", ArneAad, ChannelId);

        var reply = await LastReplyTextAsync();
        Assert.Equal(ProgrammeLinkTexts.UnknownProgramme("KULG; DROP TABLE teams"), reply);
        Assert.Contains("Prosjektmøte", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prosjektmote_can_be_written_with_or_without_the_o_slash()
    {
        await SayInChannelAsync("koble prosjektmote", ArneAad, ChannelId);

        Assert.Equal(ProgrammeLinkTexts.Linked("Prosjektmøte"), await LastReplyTextAsync());
    }

    private async Task SayInChannelAsync(string text, string aad, string channelId)
    {
        var message = Payloads.Load("channel-mention");
        message["id"] = $"m{++_messageId}";
        message["text"] = $"<at>SkoleUtvikling</at> {text}";
        message["from"]!["aadObjectId"] = aad;
        message["conversation"]!["id"] = $"{channelId};messageid={_messageId}";
        message["channelData"]!["channel"]!["id"] = channelId;
        await _http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);
    }

    private async Task<string> LastReplyTextAsync()
    {
        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        var payload = await db.ExecuteScalarAsync<string>("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1");
        return JsonNode.Parse(payload!)!["text"]!.GetValue<string>();
    }

    public void Dispose()
    {
        _http.Dispose();
        _host.Dispose();
    }
}
