using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Hosting;

/// <summary>/readyz: the database answers and every migration of this build is applied.</summary>
public sealed class DatabaseHealthCheck(Database database, Migrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>("SELECT 1");
            return migrator.IsUpToDate()
                ? HealthCheckResult.Healthy($"{database.Dialect} reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"{database.Dialect} reachable, but migrations are pending");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{database.Dialect} unreachable: {ex.Message}");
        }
    }
}
