using System.Diagnostics;

namespace SkoleUtvikling.Tests.Integration.Hosting;

/// <summary>Starts the real bot process with a bad setting: it must stop with exit code 1 and name the setting.</summary>
public sealed class ConfigurationErrorTests
{
    [Theory]
    [InlineData("MicrosoftAppId", "not-a-guid", "MicrosoftAppId must be the bot's app id")]
    [InlineData("MicrosoftAppType", "Weird", "MicrosoftAppType must be one of")]
    [InlineData("Storage__Provider", "Oracle", "Storage:Provider")]
    [InlineData("Storage__ConnectionString", "", "Storage:ConnectionString")]
    [InlineData("Storage__PostgresWriters", "0", "Storage:PostgresWriters must be 1 to 16 (was 0)")]
    [InlineData("Leaders__AadObjectIds__0", "ola.nordmann", "Leaders:AadObjectIds:0")]
    [InlineData("BotAuth__EntraOpenIdMetadataUrl", "http://keys.example/", "BotAuth:EntraOpenIdMetadataUrl must be an https URL off loopback")]
    [InlineData("BotAuth__AllowedCallers__0", "other-bot", "BotAuth:AllowedCallers:0 must be an app id")]
    public async Task A_bad_setting_stops_the_bot_with_a_message_naming_it(string key, string value, string expected)
    {
        var env = new Dictionary<string, string> { [key] = value };
        if (key is "MicrosoftAppType")
        {
            env["MicrosoftAppId"] = "c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a";
            env["MicrosoftAppPassword"] = "secret";
            env["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        }

        var (exitCode, stderr) = await RunBotAsync(env);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_id_without_password_and_tenant_names_both_settings()
    {
        var (exitCode, stderr) = await RunBotAsync(new() { ["MicrosoftAppId"] = "c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a" });

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppPassword", stderr, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppTenantId", stderr, StringComparison.Ordinal);
    }

    private const string AppId = "c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT", "Production", "ASPNETCORE_ENVIRONMENT is 'Production', not Development")]
    [InlineData("ASPNETCORE_ENVIRONMENT", "Staging", "ASPNETCORE_ENVIRONMENT is 'Staging', not Development")]
    [InlineData("ASPNETCORE_FORWARDEDHEADERS_ENABLED", "true", "ASPNETCORE_FORWARDEDHEADERS_ENABLED says the bot runs behind a proxy")]
    [InlineData("WEBSITE_SITE_NAME", "skoleutvikling-bot", "WEBSITE_SITE_NAME says the bot runs on an Azure host")]
    [InlineData("Urls", "http://0.0.0.0:0", "may only listen on loopback")]
    public async Task Development_mode_off_a_developers_machine_stops_before_listening(string key, string value, string reason)
    {
        var (exitCode, stderr, stdout, databaseCreated) = await RunAsync(new() { [key] = value });

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppId is not set", stderr, StringComparison.Ordinal);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
        Assert.False(databaseCreated, "the bot migrated its database before refusing to start");
    }

    [Fact]
    public async Task Development_mode_without_an_environment_counts_as_production()
    {
        var (exitCode, stderr, _, _) = await RunAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = null, ["DOTNET_ENVIRONMENT"] = null });

        Assert.Equal(1, exitCode);
        Assert.Contains("ASPNETCORE_ENVIRONMENT is 'Production'", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BotAuth__AllowLoopbackForTests", "true", "BotAuth:AllowLoopbackForTests is for tests only and is refused outside ASPNETCORE_ENVIRONMENT=Development")]
    [InlineData("BotAuth__BotFrameworkOpenIdMetadataUrl", "http://127.0.0.1:5000/v1/.well-known/openidconfiguration", "BotAuth:BotFrameworkOpenIdMetadataUrl must be an https URL off loopback")]
    [InlineData("BotAuth__EntraOpenIdMetadataUrl", "https://localhost:5001/common/v2.0/.well-known/openid-configuration", "BotAuth:EntraOpenIdMetadataUrl must be an https URL off loopback")]
    public async Task Production_refuses_to_trust_loopback(string key, string value, string expected)
    {
        var (exitCode, stderr, stdout, _) = await RunAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = TenantId,
            [key] = value,
        });

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stderr)> RunBotAsync(Dictionary<string, string> env)
    {
        var (exitCode, stderr, _, _) = await RunAsync(env.ToDictionary(e => e.Key, string? (e) => e.Value));
        return (exitCode, stderr);
    }

    /// <summary>Runs the bot process (ASPNETCORE_ENVIRONMENT=Development unless <paramref name="env"/> says otherwise) until it exits.</summary>
    private static async Task<(int ExitCode, string Stderr, string Stdout, bool DatabaseCreated)> RunAsync(Dictionary<string, string?> env)
    {
        var directory = Directory.CreateTempSubdirectory("skoleutvikling-config-");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "SkoleUtvikling.Bot.dll") },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["Storage__ConnectionString"] = $"Data Source={Path.Combine(directory.FullName, "bot.db")}";
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in env)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The bot kept running with a bad setting. Output: {await stdout}");
        }

        var databaseCreated = File.Exists(Path.Combine(directory.FullName, "bot.db"));
        directory.Delete(recursive: true);
        return (process.ExitCode, await stderr, await stdout, databaseCreated);
    }
}
