using SkoleUtvikling.Bot.Messaging.Files;
using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Integration.Features.Plan;

public sealed class TemplateTests
{
    private static readonly DateTimeOffset Monday = new(2020, 5, 4, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Mal_offers_the_Excel_template_through_a_file_consent_card()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await kari.SayAsync("mal");

        var attachment = (await kari.LastReplyAsync())["attachments"]![0]!;
        Assert.Equal(TemplateCommand.ContentType, attachment["contentType"]!.GetValue<string>());
        Assert.Equal(PlanTexts.Template.FileName, attachment["name"]!.GetValue<string>());
        Assert.True(attachment["content"]!["sizeInBytes"]!.GetValue<int>() > 1000);
    }

    [Fact]
    public async Task Accepting_uploads_the_template_with_the_published_plan_and_shows_the_file()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);
        await kari.SendFileAsync(Plan002Calendar.FileName, Plan002Calendar.Build());
        await kari.PressAsync((await kari.LastCardAsync())["body"]!.AsArray().Last()!["actions"]![0]!["data"]!);

        var status = await kari.InvokeAsync("fileConsent/invoke", Accept(kari.UploadUrl));

        Assert.Equal(200, status);
        var (content, range) = kari.Uploaded!.Value;
        Assert.Equal($"bytes 0-{content.Length - 1}/{content.Length}", range);
        var reimported = new XlsxPlanImporter(kari.Clock).Import(new MemoryStream(content), PlanTexts.Template.FileName);
        var original = new DocxPlanImporter(kari.Clock).Import(new MemoryStream(Plan002Calendar.Build()), Plan002Calendar.FileName);
        Assert.Equal(original.Events.Select(e => e.Key).Order(), reimported.Events.Select(e => e.Key).Order());
        var reply = await kari.LastReplyAsync();
        Assert.Equal(FileConsent.FileInfoContentType, reply["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Declining_gets_a_short_answer_and_uploads_nothing()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        var status = await kari.InvokeAsync("fileConsent/invoke", new JsonObject { ["type"] = "fileUpload", ["action"] = "decline", ["context"] = new JsonObject() });

        Assert.Equal(200, status);
        Assert.Null(kari.Uploaded);
        Assert.Equal(PlanTexts.Template.Declined, await kari.LastReplyTextAsync());
    }

    [Fact]
    public async Task An_upload_url_outside_SharePoint_is_refused()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await kari.InvokeAsync("fileConsent/invoke", Accept(new Uri("https://evil.example/upload")));

        Assert.Null(kari.Uploaded);
        Assert.Contains("Filen ligger et sted jeg ikke henter fra", await kari.LastReplyTextAsync(), StringComparison.Ordinal);
    }

    private static JsonObject Accept(Uri uploadUrl) => new()
    {
        ["type"] = "fileUpload",
        ["action"] = "accept",
        ["context"] = new JsonObject { ["kind"] = TemplateCommand.ContextKind },
        ["uploadInfo"] = new JsonObject
        {
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/kari/Documents/Applications/Utviklingsplan-mal.xlsx",
            ["name"] = PlanTexts.Template.FileName,
            ["uploadUrl"] = uploadUrl.ToString(),
            ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
            ["fileType"] = "xlsx",
        },
    };
}
