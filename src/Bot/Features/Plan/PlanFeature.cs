using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// The plan: import (<c>plan</c> files, <c>mal</c>), the coordinator's decisions, the posts it
/// schedules and fires (keys in <see cref="PlanPostKeys"/>' format).
/// </summary>
public static class PlanFeature
{
    public static IServiceCollection AddPlanFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new PostPlanner(sp.GetRequiredService<ReminderCalendar>(), BuildPostSettings(configuration)));
        services.AddValidatedOptions<PlanImportOptions, PlanImportOptionsValidator>(configuration.GetSection(PlanImportOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlanImportOptions>>().Value.Limits);
        services.AddSingleton<IPlanImporter, DocxPlanImporter>();
        services.AddSingleton<IPlanImporter, XlsxPlanImporter>();
        services.AddSingleton<IPlanImporter, IcsPlanImporter>();

        services.AddSingleton<PlanPostDispatcher>();
        services.AddSingleton<IFiredPostHandler>(sp => sp.GetRequiredService<PlanPostDispatcher>());
        services.AddSingleton<Collection.IUnitListener, PlanLateGroupPosts>();
        services.AddSingleton<IMisfireReporter, PlanMisfireReporter>();

        services.AddSingleton<PlanStore>();
        services.AddSingleton<PlanScheduleSync>();
        services.AddSingleton<PlanPublisher>();
        services.AddSingleton<CoordinatorMessages>();
        services.AddSingleton<IRoundPostRenderer, PlanRoundPost>();
        services.AddSingleton<IActivityHandler, PlanImportHandler>();
        services.AddSingleton<IActivityHandler, PlanDecisionHandler>();
        services.AddSingleton<IMessageCommand, PlanListCommand>();
        services.AddSingleton<PlanTemplateFile>();
        services.AddSingleton<IMessageCommand, TemplateCommand>();
        services.AddFileOffer<PlanTemplateOffer>();
        services.AddHostedService<PlanScheduleReconciler>();
        return services;
    }

    private static PostPlannerSettings BuildPostSettings(IConfiguration configuration)
    {
        var settings = new PostPlannerSettings();
        configuration.GetSection(PostPlannerSettings.SectionName).Bind(settings);
        return settings;
    }
}
