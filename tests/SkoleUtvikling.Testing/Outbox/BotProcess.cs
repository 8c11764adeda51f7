using System.Collections.Concurrent;
using System.Diagnostics;

namespace SkoleUtvikling.Testing.Outbox;

/// <summary>
/// The real bot as a separate OS process (the build output next to the tests), so a test can kill
/// it the way a crash or an OOM kill does: no shutdown, no finally blocks, connections cut.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process)
    {
        _process = process;
    }

    /// <param name="settings">Configuration keys (<c>Outbox:LeaseDuration</c>), passed as environment variables.</param>
    public static BotProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var bot = Path.Combine(AppContext.BaseDirectory, "SkoleUtvikling.Bot.dll");
        if (!File.Exists(bot))
        {
            throw new InvalidOperationException($"The bot's build output is missing at {bot}; the test project must reference src/Bot.");
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(bot);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // A test machine is a developer's: development mode and the loopback test settings need this.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot process.");
        var bot2 = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot2.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot2.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot2;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>SIGKILL: the process ends at once, mid-call if it is in one.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }
}
