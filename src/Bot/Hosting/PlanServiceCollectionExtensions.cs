using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Jobs.Quartz;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;

namespace SkoleUtvikling.Bot.Hosting;

/// <summary>The plan: import, time rules, Quartz on the app's database, and the posts it fires.</summary>
public static class PlanServiceCollectionExtensions
{
    public static IServiceCollection AddPlan(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FileLimits, FileLimitsValidator>(configuration.GetSection(FileLimits.Section));
        // FileDownloader follows redirects itself, checking each hop's host.
        services.AddHttpClient<FileDownloader>().ConfigurePrimaryHttpMessageHandler((handler, _) =>
        {
            switch (handler)
            {
                case SocketsHttpHandler sockets:
                    sockets.AllowAutoRedirect = false;
                    break;
                case HttpClientHandler client:
                    client.AllowAutoRedirect = false;
                    break;
            }
        });
        services.AddHttpClient<FileUploader>();

        services.AddSingleton(BuildCalendar(configuration));
        services.AddSingleton(sp => new PostPlanner(sp.GetRequiredService<ReminderCalendar>(), BuildPostSettings(configuration)));
        services.AddValidatedOptions<PlanImportOptions, PlanImportOptionsValidator>(configuration.GetSection(PlanImportOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlanImportOptions>>().Value.Limits);
        services.AddSingleton<IPlanImporter, DocxPlanImporter>();
        services.AddSingleton<IPlanImporter, XlsxPlanImporter>();
        services.AddSingleton<IPlanImporter, IcsPlanImporter>();

        services.AddPostScheduling(BuildSchedulingSettings(configuration));
        services.AddSingleton<PlanPostDispatcher>();
        services.AddSingleton<IPostDispatcher, FiredPostRouter>();
        services.AddSingleton<IMisfireReporter, PlanMisfireReporter>();

        services.AddSingleton<PlanStore>();
        services.AddSingleton<PlanScheduleSync>();
        services.AddSingleton<PlanPublisher>();
        services.AddSingleton<CoordinatorMessages>();
        services.AddSingleton<IActivityHandler, PlanImportHandler>();
        services.AddSingleton<IActivityHandler, PlanDecisionHandler>();
        services.AddSingleton<IMessageCommand, PlanListCommand>();
        services.AddSingleton<PlanTemplateFile>();
        services.AddSingleton<IMessageCommand, TemplateCommand>();
        services.AddSingleton<IActivityHandler, FileConsentHandler>();
        services.AddHostedService<PlanScheduleReconciler>();
        return services;
    }

    private static ReminderCalendar BuildCalendar(IConfiguration configuration)
    {
        var holidays = new SchoolHolidaySettings();
        configuration.GetSection(SchoolHolidaySettings.SectionName).Bind(holidays.Municipalities);
        Fail(holidays.Validate());
        var municipality = configuration["Scheduling:Municipality"] ?? "";
        var quiet = QuietHours.Default;
        var quietSection = configuration.GetSection("Scheduling:QuietHours");
        if (quietSection.Exists())
        {
            quiet = new QuietHours(
                ParseTime(quietSection["Start"], "Scheduling:QuietHours:Start", quiet.Start),
                ParseTime(quietSection["End"], "Scheduling:QuietHours:End", quiet.End));
        }

        var schoolHolidays = string.IsNullOrWhiteSpace(municipality) ? SchoolHolidays.None : holidays.For(municipality);
        return new ReminderCalendar(schoolHolidays, quiet);
    }

    private static PostPlannerSettings BuildPostSettings(IConfiguration configuration)
    {
        var settings = new PostPlannerSettings();
        configuration.GetSection(PostPlannerSettings.SectionName).Bind(settings);
        return settings;
    }

    private static PostSchedulingSettings BuildSchedulingSettings(IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new InvalidOperationException("Storage:ConnectionString is empty.");
        }

        var settings = new PostSchedulingSettings
        {
            Provider = storage.Provider == SqlDialect.Postgres ? JobStoreProvider.Postgres : JobStoreProvider.Sqlite,
            ConnectionString = storage.ConnectionString,
        };
        configuration.GetSection("Scheduling:Quartz").Bind(settings);
        try
        {
            settings.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException("Scheduling:Quartz: " + ex.Message, ex);
        }

        return settings;
    }

    private static TimeOnly ParseTime(string? value, string key, TimeOnly fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        return TimeOnly.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var time)
            ? time
            : throw new InvalidOperationException($"{key} must be a time of day such as 21:00, was '{value}'.");
    }

    private static void Fail(IReadOnlyList<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }
    }
}
