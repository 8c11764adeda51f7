using SkoleUtvikling.Scheduling.Jobs.Quartz;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Jobs;

public sealed class PostSchedulingSettingsTests
{
    [Fact]
    public void The_defaults_with_a_connection_string_are_valid() =>
        new PostSchedulingSettings { ConnectionString = "Data Source=data/skoleutvikling.db" }.Validate();

    [Fact]
    public void A_missing_connection_string_is_named() =>
        Assert.Contains("ConnectionString", Assert.Throws<ArgumentException>(() => new PostSchedulingSettings().Validate()).Message, StringComparison.Ordinal);

    [Fact]
    public void Clustering_on_sqlite_is_refused()
    {
        var settings = new PostSchedulingSettings { ConnectionString = "Data Source=x.db", Clustered = true };

        Assert.Contains("Clustered", Assert.Throws<ArgumentException>(settings.Validate).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grace_period_shorter_than_the_on_time_tolerance_is_refused()
    {
        var settings = new PostSchedulingSettings { ConnectionString = "Data Source=x.db", MisfireGracePeriod = TimeSpan.FromSeconds(10) };

        Assert.Contains("MisfireGracePeriod", Assert.Throws<ArgumentException>(settings.Validate).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_threads_are_refused()
    {
        var settings = new PostSchedulingSettings { ConnectionString = "Data Source=x.db", MaxConcurrency = 0 };

        Assert.Contains("MaxConcurrency", Assert.Throws<ArgumentException>(settings.Validate).Message, StringComparison.Ordinal);
    }
}
