using SkoleUtvikling.Benchmarks.Collection;
using SkoleUtvikling.Benchmarks.Filing;
using SkoleUtvikling.Benchmarks.Messages;
using SkoleUtvikling.Benchmarks.Plan;
using SkoleUtvikling.Benchmarks.Reflection;
using SkoleUtvikling.Benchmarks.Scheduling;

// dotnet run -c Release --project tests/SkoleUtvikling.Benchmarks -- [messages|reflection|import|firing|filing|chase|all] [count] [tenants (filing) | threads (firing)]
// WebApplicationFactory looks for the bot's content root next to the solution; here it is the output folder.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SKOLEUTVIKLING_BOT", AppContext.BaseDirectory);

var what = args.Length > 0 ? args[0] : "all";
int? count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : null;

if (what is "messages" or "all")
{
    Console.WriteLine(await MessagesBenchmark.RunAsync(count ?? 100_000));
}

if (what is "reflection" or "all")
{
    Console.WriteLine(await ReflectionBenchmark.RunAsync(count ?? 5_000));
}

if (what is "import" or "all")
{
    Console.WriteLine(ImportBenchmark.Run(count ?? 10_000));
}

if (what is "firing" or "all")
{
    var threads = args.Length > 2 && int.TryParse(args[2], out var th) ? th : new SkoleUtvikling.Scheduling.Jobs.Quartz.PostSchedulingSettings().MaxConcurrency;
    Console.WriteLine(await FiringLagBenchmark.RunOnSqliteAsync(count ?? 10_000, threads));
    var postgres = Environment.GetEnvironmentVariable("SKOLEUTVIKLING_TEST_POSTGRES");
    Console.WriteLine(postgres is null
        ? "firing lag on PostgreSQL: skipped, SKOLEUTVIKLING_TEST_POSTGRES is not set (eval \"$(bash scripts/postgres.sh)\")"
        : await FiringLagBenchmark.RunOnPostgresAsync(postgres, count ?? 10_000, threads));
}

if (what is "filing" or "all")
{
    var tenants = args.Length > 2 && int.TryParse(args[2], out var t) ? t : 20;
    Console.WriteLine(await FilingBenchmark.RunAsync(count ?? 2_000, tenants));
}

if (what is "chase" or "all")
{
    Console.WriteLine(await ChaseBenchmark.RunAsync(count ?? 2_000));
}
