using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Features.Archive;
using SkoleUtvikling.Bot.Features.Help;
using SkoleUtvikling.Bot.Features.Installation;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Bot.Features.ProgrammeLinks;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Features.Units;
using SkoleUtvikling.Bot.Features.Saker;
using SkoleUtvikling.Bot.Features.Mellomarbeid;
using SkoleUtvikling.Bot.Features.Status;
using SkoleUtvikling.Bot.Features.Booking;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Hosting;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage;

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Time is injected everywhere so tests can move it.
    builder.Services.AddSingleton(DevelopmentClock.From(builder.Configuration));
    builder.Services.AddStorage(builder.Configuration);
    builder.Services.AddBotProtocol(builder.Configuration);
    builder.Services.AddOutbox(builder.Configuration);
    // Documents to Graph (or the local archive) through their own durable queue; features add their document kinds.
    builder.Services.AddFiling(builder.Configuration);
    builder.Services.AddActivityRouting();
    builder.Services.AddScheduling(builder.Configuration);
    builder.Services.AddFileTransfers(builder.Configuration);

    // The features, in routing order: the first handler (then the first command) that takes an activity wins.
    builder.Services
        .AddArchiveFeature()
        .AddInstallationFeature()
        .AddLeadersFeature(builder.Configuration)
        .AddHelpFeature()
        .AddProgrammeLinksFeature()
        .AddUnitsFeature()
        .AddPlanFeature(builder.Configuration)
        .AddReflectionFeature(builder.Configuration)
        .AddSakerFeature()
        .AddMellomarbeidFeature(builder.Configuration)
        .AddStatusFeature()
        .AddBookingFeature(builder.Configuration);
    builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

    var app = builder.Build();

    // Development mode has no authentication: only on a developer's machine, only on loopback, checked before listening.
    var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
    if (bot.IsDevelopmentMode)
    {
        DevelopmentModeGuard.EnsureDeveloperMachine(app.Environment, app.Configuration);
        LoopbackGuard.EnsureLoopbackOnly((app.Configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries));
    }

    await app.Services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);

    app.MapBotMessages();
    app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
    app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

    await app.StartAsync();
    if (bot.IsDevelopmentMode)
    {
        // Kestrel may also have been configured in code or in Kestrel:Endpoints; check what it really bound.
        LoopbackGuard.EnsureLoopbackOnly(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
    }

    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or AggregateException)
{
    return StartupErrors.Report(ex);
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
