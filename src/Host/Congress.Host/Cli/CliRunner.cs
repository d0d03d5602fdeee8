using Congress.Shared.Infrastructure.Audit;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Persistence;

namespace Congress.Host.Cli;

/// <summary>
/// Operators' verbs: <c>migrate</c>, <c>seed-demo</c>, <c>audit verify</c>, and those modules contribute
/// (<c>create-admin</c>, <c>import-delegates</c>). Without a verb the host serves.
/// </summary>
internal static class CliRunner
{
    private static readonly string[] HostVerbs = ["migrate", "seed-demo", "audit", "help"];

    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var output = Console.Out;
        var verbs = app.Services.GetServices<ICliVerb>().ToDictionary(v => v.Name);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        var ct = cancellation.Token;

        switch (args[0])
        {
            case "migrate":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
                output.WriteLine("Cơ sở dữ liệu đã được cập nhật.");
                return 0;
            case "seed-demo":
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
                foreach (var seeder in app.Services.GetServices<IDemoSeeder>()) await seeder.SeedAsync(output, ct);
                return 0;
            case "audit" when args.Length > 1 && args[1] == "verify":
                return await VerifyAuditAsync(app.Services, output, ct);
            case var name when verbs.TryGetValue(name, out var verb):
                return await verb.RunAsync(args.Skip(1).ToList(), output, ct);
            default:
                output.WriteLine("Congress — các lệnh:");
                foreach (var name in HostVerbs.Where(v => v != "help")) output.WriteLine($"  {(name == "audit" ? "audit verify" : name)}");
                foreach (var verb in verbs.Values) output.WriteLine($"  {verb.Usage}");
                return args[0] == "help" ? 0 : 2;
        }
    }

    /// <summary>Walks every module's hash chain; exit 0 only if every one is intact.</summary>
    private static async Task<int> VerifyAuditAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var intact = true;
        foreach (var module in services.GetServices<ModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var verification = await AuditChain.VerifyAsync(context, ct);
            intact &= verification.IsIntact;
            output.WriteLine(verification.IsIntact
                ? $"{module.Schema}: {verification.EntriesVerified} bản ghi nhật ký, chuỗi băm nguyên vẹn."
                : $"{module.Schema}: CHUỖI BỊ PHÁ VỠ — {verification.Problem} (sau {verification.EntriesVerified} bản ghi hợp lệ).");
        }
        return intact ? 0 : 3;
    }
}
