using Congress.Bench;

// dotnet run -c Release --project bench/Congress.Bench -- import [rows] [repetitions]
// dotnet run -c Release --project bench/Congress.Bench -- voting [voters]
// dotnet run -c Release --project bench/Congress.Bench -- reporting [updates]
// dotnet run -c Release --project bench/Congress.Bench -- fundraising
// dotnet run -c Release --project bench/Congress.Bench -- documents
// dotnet run -c Release --project bench/Congress.Bench -- packages [tablets] [in-flight] [first-sync-in-flight]
// dotnet run -c Release --project bench/Congress.Bench -- packages-prepared [tablets] [in-flight]
// dotnet run -c Release --project bench/Congress.Bench -- agenda [tablets] [changes]
// dotnet run -c Release --project bench/Congress.Bench -- faces [runs-per-stage]   (needs ./congress.sh native)
// dotnet run -c Release --project bench/Congress.Bench -- gates [seconds]          (needs ./congress.sh native and ffmpeg)
// With CONGRESS_BENCH_POSTGRES set (a server connection string), the same bench also runs on PostgreSQL.
var what = args.FirstOrDefault() ?? "import";
var rows = args.Length > 1 ? int.Parse(args[1]) : 2000;
var repetitions = args.Length > 2 ? int.Parse(args[2]) : 5;
switch (what)
{
    case "import":
        var file = Path.Combine(Path.GetTempPath(), $"congress-bench-{Guid.NewGuid():N}.db");
        try { await ImportBench.RunAsync($"Data Source={file}", rows, repetitions); }
        finally { foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix); }
        if (Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") is { Length: > 0 } postgres)
            await ImportBench.RunAsync(postgres, rows, repetitions);
        return 0;
    case "voting":
        var votingFile = Path.Combine(Path.GetTempPath(), $"congress-bench-{Guid.NewGuid():N}.db");
        try { await VotingBench.RunAsync($"Data Source={votingFile}", rows); }
        finally { foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(votingFile + suffix); }
        if (Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") is { Length: > 0 } votingPostgres)
            await VotingBench.RunAsync(votingPostgres, rows);
        return 0;
    case "reporting":
        var reportingFile = Path.Combine(Path.GetTempPath(), $"congress-bench-{Guid.NewGuid():N}.db");
        // CONGRESS_BENCH_SKIP_SQLITE=1: PostgreSQL only (before/after comparisons of a change to the PostgreSQL path).
        if (Environment.GetEnvironmentVariable("CONGRESS_BENCH_SKIP_SQLITE") != "1")
            try { await ReportingBench.RunAsync($"Data Source={reportingFile}", args.Length > 1 ? int.Parse(args[1]) : 10_000); }
        finally { foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(reportingFile + suffix); }
        if (Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") is { Length: > 0 } reportingPostgres)
            await ReportingBench.RunAsync(reportingPostgres, args.Length > 1 ? int.Parse(args[1]) : 10_000);
        return 0;
    case "fundraising":
        var fundraisingFile = Path.Combine(Path.GetTempPath(), $"congress-bench-{Guid.NewGuid():N}.db");
        int fundraising;
        try { fundraising = await FundraisingBench.RunAsync($"Data Source={fundraisingFile}"); }
        finally { foreach (var suffix in new[] { "", "-wal", "-shm", ".jobs.db" }) File.Delete(fundraisingFile + suffix); }
        if (Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") is { Length: > 0 } fundraisingPostgres)
            fundraising |= await FundraisingBench.RunAsync(fundraisingPostgres);
        return fundraising;
    case "documents":
        return DocumentsBench.Run();
    case "packages" or "packages-prepared":
        var packagesFile = Path.Combine(Path.GetTempPath(), $"congress-bench-{Guid.NewGuid():N}.db");
        var tablets = args.Length > 1 ? int.Parse(args[1]) : 450;
        var packagesInFlight = args.Length > 2 ? int.Parse(args[2]) : tablets;
        try { return await PackagesBench.RunAsync($"Data Source={packagesFile}", tablets, packagesInFlight, args.Length > 3 ? int.Parse(args[3]) : packagesInFlight, what == "packages-prepared"); }
        finally { foreach (var suffix in new[] { "", "-wal", "-shm", ".jobs.db" }) File.Delete(packagesFile + suffix); }
    case "agenda":
        var agendaFile = Path.Combine(Path.GetTempPath(), $"congress-bench-{Guid.NewGuid():N}.db");
        var agendaTablets = args.Length > 1 ? int.Parse(args[1]) : 450;
        var agendaChanges = args.Length > 2 ? int.Parse(args[2]) : 50;
        int agenda;
        try { agenda = await AgendaBench.RunAsync($"Data Source={agendaFile}", agendaTablets, agendaChanges); }
        finally { foreach (var suffix in new[] { "", "-wal", "-shm", ".jobs.db" }) File.Delete(agendaFile + suffix); }
        if (Environment.GetEnvironmentVariable("CONGRESS_BENCH_POSTGRES") is { Length: > 0 } agendaPostgres)
            agenda |= await AgendaBench.RunAsync(agendaPostgres, agendaTablets, agendaChanges);
        return agenda;
    case "faces":
        return FacesBench.Run(args.Length > 1 ? int.Parse(args[1]) : 200);
    case "gates":
        return await GatesBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20);
    default:
        Console.WriteLine("Usage: import [rows] [repetitions] | voting [voters] | agenda [tablets] [changes] | reporting [updates] | fundraising | documents | packages [tablets] [in-flight] [first-sync-in-flight] | packages-prepared [tablets] [in-flight] | faces [runs-per-stage] | gates [seconds]");
        return 2;
}
