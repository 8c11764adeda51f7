using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Quartz;

namespace SkoleUtvikling.Scheduling.Jobs.Quartz;

public static class PostSchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz on its ADO.NET job store in the app's database, the hosted service that runs it, and
    /// <see cref="IPostScheduler"/>. The Bot must also register <see cref="IPostDispatcher"/> and
    /// <see cref="IMisfireReporter"/>. Time comes from the container's <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddPostScheduling(this IServiceCollection services, PostSchedulingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(new FiringWindow(settings.OnTimeTolerance, settings.MisfireGracePeriod));
        services.AddSingleton<IPostScheduler, QuartzPostScheduler>();
        services.AddSingleton<PostFiring>();
        services.AddTransient<FirePlannedPostJob>();
        services.AddTransient<FireDuePostsJob>();

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = settings.SchedulerName;
                if (settings.InstanceId is not null)
                {
                    scheduler.InstanceId = settings.InstanceId;
                }
            });
            quartz.UseDefaultThreadPool(settings.MaxConcurrency);
            quartz.UsePersistentStore(store =>
            {
                // The app's database, so the QRTZ_ tables are created on first start like the app's own.
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(options =>
                {
                    options.MisfireThreshold = settings.OnTimeTolerance;
                    // Job data is one timestamp; as strings it stays readable in the table.
                    options.StoreJobDataAsStrings = true;
                });
                if (settings.Provider == JobStoreProvider.Postgres)
                {
                    store.UsePostgres(NpgsqlFactory.Instance, settings.ConnectionString);
                }
                else
                {
                    store.UseSqlite(SqliteStoreFactory.Instance, SqliteConnectionString(settings.ConnectionString));
                }

                if (settings.Clustered)
                {
                    store.UseClustering(_ => { });
                }
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>Quartz and the app write the same file: wait for the lock rather than fail with SQLITE_BUSY.</summary>
    private static string SqliteConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = true };
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (directory is not null && builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource))
        {
            Directory.CreateDirectory(directory);
        }

        return builder.ToString();
    }
}
