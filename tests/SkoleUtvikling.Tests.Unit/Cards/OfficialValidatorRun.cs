using System.Diagnostics;
using System.Text.Json;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>
/// Writes every catalog card to a temp folder and runs <c>tests/e2e/validate-cards.mjs</c> (the
/// official Adaptive Cards JS library plus our rules) over them once for the test class.
/// </summary>
public sealed class OfficialValidatorRun : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "skoleutvikling-cards", Guid.NewGuid().ToString("N"));

    /// <summary>Why the validator could not run; null when it ran.</summary>
    public string? SetupError { get; private set; }

    public string Output { get; private set; } = "";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ErrorsByCard { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public async Task InitializeAsync()
    {
        var e2e = Path.Combine(FindRepositoryRoot(), "tests", "e2e");
        if (!Directory.Exists(Path.Combine(e2e, "node_modules", "adaptivecards")))
        {
            SetupError = $"{Path.Combine(e2e, "node_modules")} is missing the adaptivecards package: run `bash scripts/test.sh`, or `npm ci` in tests/e2e.";
            return;
        }

        Directory.CreateDirectory(_folder);
        foreach (var card in CardCatalog.All)
        {
            await File.WriteAllTextAsync(Path.Combine(_folder, card.Name + ".json"), CardJson.Serialize(card.Build()));
        }

        await RunValidatorAsync(e2e);
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private async Task RunValidatorAsync(string e2e)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(e2e, "validate-cards.mjs"), _folder])
        {
            WorkingDirectory = e2e,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            SetupError = $"Node.js (`node`) could not be started: {ex.Message}. Install Node.js 20+ and run `bash scripts/test.sh`.";
            return;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                SetupError = $"validate-cards.mjs did not finish within {Timeout.TotalSeconds} s.";
                return;
            }

            Output = await stdout + await stderr;
            if (process.ExitCode is not (0 or 1))
            {
                SetupError = $"validate-cards.mjs failed with exit code {process.ExitCode}:\n{Output}";
                return;
            }

            ErrorsByCard = (await stdout)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonSerializer.Deserialize<CardResult>(line, JsonSerializerOptions.Web)!)
                .ToDictionary(r => Path.GetFileNameWithoutExtension(r.File), r => (IReadOnlyList<string>)r.Errors);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkoleUtvikling.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SkoleUtvikling.sln not found above {AppContext.BaseDirectory}.");
    }

    private sealed record CardResult(string File, bool Ok, List<string> Errors);
}
