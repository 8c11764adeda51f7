using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Jobs.Quartz;

namespace SkoleUtvikling.Bot.Hosting;

/// <summary>
/// Quartz on the app's database with the school calendar, its firings routed to the features'
/// <see cref="IFiredPostHandler"/>s; and the file transfers (Teams file downloads and uploads).
/// </summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(BuildCalendar(configuration));
        services.AddPostScheduling(BuildSchedulingSettings(configuration));
        services.AddSingleton<IPostDispatcher, FiredPostRouter>();
        return services;
    }

    public static IServiceCollection AddFileTransfers(this IServiceCollection services, IConfiguration configuration)
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
