using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Persistence;

namespace Congress.Host.Cli;

/// <summary>
/// Operators' verbs: <c>migrate</c>, <c>seed-demo</c>, <c>seed-national</c>, <c>audit verify|anchor</c>, <c>keys [rotate]</c>, and those
/// modules contribute (<c>create-admin</c>, <c>import-delegates</c>). Without a verb the host serves.
/// </summary>
internal static class CliRunner
{
    private static readonly string[] HostVerbs =
    [
        "migrate", "seed-demo", SeedNationalCommand.Usage, "audit verify [--anchor FILE]", "audit anchor [--out FILE]", "keys", "keys rotate",
    ];

    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        return await RunAsync(app.Services, args, Console.Out, cancellation.Token);
    }

    /// <summary>Runs one verb against the host's services (what the command line does; tests call it directly).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        var verbs = services.GetServices<ICliVerb>().ToDictionary(v => v.Name);
        switch (args[0])
        {
            case "migrate":
                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
                output.WriteLine("Cơ sở dữ liệu đã được cập nhật.");
                return 0;
            case "seed-demo":
                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
                foreach (var seeder in services.GetServices<IDemoSeeder>()) await seeder.SeedAsync(output, ct);
                return 0;
            case "seed-national":
                return await SeedNationalCommand.RunAsync(services, args.Skip(1).ToList(), output, ct);
            case "audit" when args.Count > 1 && args[1] == "verify":
                return await AuditCommands.VerifyAsync(services, args.Skip(2).ToList(), output, ct);
            case "audit" when args.Count > 1 && args[1] == "anchor":
                return await AuditCommands.AnchorAsync(services, args.Skip(2).ToList(), output, ct);
            case "keys" when args.Count == 1:
                return KeysCommands.Show(services, output);
            case "keys" when args.Count == 2 && args[1] == "rotate":
                return await KeysCommands.RotateAsync(services, output, ct);
            case var name when verbs.TryGetValue(name, out var verb):
                return await verb.RunAsync(args.Skip(1).ToList(), output, ct);
            default:
                output.WriteLine("Congress — các lệnh:");
                foreach (var name in HostVerbs) output.WriteLine($"  {name}");
                foreach (var verb in verbs.Values) output.WriteLine($"  {verb.Usage}");
                return args[0] == "help" ? 0 : 2;
        }
    }
}
