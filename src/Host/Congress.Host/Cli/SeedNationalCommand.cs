using System.Diagnostics;
using System.Globalization;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Persistence;

namespace Congress.Host.Cli;

/// <summary>
/// <c>seed-national [--scale S]</c>: migrates, loads the demo (unless data exists), then the whole country — Delegates'
/// organisation tree under the demo's centre and Reporting's read model with the congresses in various stages — for the
/// benchmark and for trying the national dashboard. Every module is asked first whether it refuses (run twice, or a tree
/// that is not the demo's); then nothing is written and the exit code is 1. <c>--scale</c> (0 &lt; S ≤ 1, default 1)
/// keeps the 34 provinces with fewer communes (tests).
/// </summary>
internal static class SeedNationalCommand
{
    public const string Usage = "seed-national [--scale 0.01–1]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        var scale = 1.0;
        if (args.Count > 0)
        {
            if (args.Count != 2 || args[0] != "--scale" || !double.TryParse(args[1], NumberStyles.Float, CultureInfo.InvariantCulture, out scale) || scale <= 0 || scale > 1)
            {
                output.WriteLine($"Usage: {Usage}");
                return 2;
            }
        }
        var size = new NationalSize(scale);
        var started = Stopwatch.StartNew();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        foreach (var seeder in services.GetServices<IDemoSeeder>()) await seeder.SeedAsync(output, ct);

        var seeders = services.GetServices<INationalSeeder>().ToList();
        foreach (var seeder in seeders)
        {
            if (await seeder.RefusalAsync(size, ct) is { } refusal)
            {
                output.WriteLine($"Không tạo dữ liệu toàn quốc: {refusal}");
                return 1;
            }
        }
        foreach (var seeder in seeders) await seeder.SeedAsync(size, output, ct);
        await services.GetRequiredService<DatabaseMigrator>().AnalyseAsync(ct);
        output.WriteLine($"Dữ liệu toàn quốc đã tạo trong {started.Elapsed.TotalSeconds:F1} s. Đăng nhập bằng tài khoản giamsat (Giám sát Trung ương) để xem số tổng hợp toàn quốc tại /reporting.");
        return 0;
    }
}
