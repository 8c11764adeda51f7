namespace SkoleUtvikling.Scheduling.Jobs.Quartz;

/// <summary>Which database holds Quartz's tables: always the app's own.</summary>
public enum JobStoreProvider
{
    Sqlite,
    Postgres,
}
