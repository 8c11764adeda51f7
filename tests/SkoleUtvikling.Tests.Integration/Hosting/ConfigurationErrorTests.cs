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
    [InlineData("Leaders__AadObjectIds__0", "ola.nordmann", "Leaders:AadObjectIds:0")]
    [InlineData("Urls", "http://0.0.0.0:0", "MicrosoftAppId is not set")]
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

    private static async Task<(int ExitCode, string Stderr)> RunBotAsync(Dictionary<string, string> env)
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
            start.Environment[key] = value;
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

        directory.Delete(recursive: true);
        return (process.ExitCode, await stderr);
    }
}
