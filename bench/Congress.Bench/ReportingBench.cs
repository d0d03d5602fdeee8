using System.Diagnostics;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Progress.UpdateProgress;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Shared.Kernel;
using Congress.Modules.Reporting.Application.Rollups.GetRollup;
using Congress.Modules.Reporting.Domain.Rollups;
using Congress.Modules.Reporting.Domain.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Bench;

/// <summary>
/// Reporting on a national tree (34 provinces × 97 communes × 18 grassroots organisations ≈ 62,700 nodes, loaded straight
/// into Reporting's read model under the demo centre — a bench shortcut; seed-national through Delegates is not written):
/// the national and one province's roll-up read by the module's handler (the mediator's authorisation step would ask
/// Delegates, which does not hold this synthetic tree; it adds one indexed read in Delegates per request), against one indexed row read measured in the same
/// run; then progress updates by the handler inside the unit of work's transaction and audit (each moves its commune's, province's and the centre's roll-ups in its
/// transaction), their rate, and whether the centre's roll-up counts every one.
/// </summary>
internal static class ReportingBench
{
    private const int Provinces = 34, CommunesPerProvince = 97, GrassrootsPerCommune = 18;

    public static async Task RunAsync(string connectionString, int updates)
    {
        var app = Congress.Host.Composition.CongressApp.Build(["migrate", $"--Database:ConnectionString={connectionString}", "--Logging:LogLevel:Default=Warning"]);
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
        foreach (var seeder in app.Services.GetServices<IDemoSeeder>()) await seeder.SeedAsync(TextWriter.Null, default);
        var provider = new DatabaseOptions { ConnectionString = connectionString }.Provider;

        var loading = Stopwatch.StartNew();
        var (centre, province, grassroots) = await LoadNationalTreeAsync(app);
        Console.WriteLine($"Reporting on {provider}: national tree of {grassroots.Count + Provinces + Provinces * CommunesPerProvince:N0} organisations loaded in {loading.Elapsed.TotalSeconds:F1} s");

        var baseline = await MedianAsync(200, async s => await s.GetRequiredService<ReportingDbContext>().Organisations.AsNoTracking().FirstAsync(o => o.Id == province));
        var national = await MedianAsync(200, async s => (await RollupHandler(s).Handle(new GetRollupQuery(centre), default)).Value);
        var provincial = await MedianAsync(200, async s => (await RollupHandler(s).Handle(new GetRollupQuery(province), default)).Value);
        Console.WriteLine($"  baseline: one indexed row read         {baseline,8:F3} ms");
        Console.WriteLine($"  national roll-up (handler, 3 reads)     {national,8:F3} ms   ({national / baseline:F1}× baseline; goal ≤ 20 ms: {(national <= 20 ? "met" : "NOT met")})");
        Console.WriteLine($"  one province's roll-up                  {provincial,8:F3} ms   ({provincial / baseline:F1}× baseline; goal ≤ 5 ms: {(provincial <= 5 ? "met" : "NOT met")})");

        var before = await RollupAsync(app, centre);
        var started = Stopwatch.StartNew();
        for (var i = 0; i < updates; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var command = new UpdateProgressCommand(grassroots[i % grassroots.Count], 0,
                DocumentsDraftedOn: new DateOnly(2025, 4, 1), PersonnelPlanApprovedOn: new DateOnly(2025, 4, 20), PreparatorySessionOn: new DateOnly(2025, 5, 9),
                CongressHeldOn: new DateOnly(2025, 5, 10), DelegatesSummoned: 40, DelegatesPresent: 38, CommitteeSeats: 5, CommitteeElected: 5);
            // What the unit-of-work behaviour does around the handler: one transaction, the audit entry, the commit.
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            await using var transaction = await db.BeginAsync(default);
            var done = await scope.ServiceProvider.GetRequiredService<IRequestHandler<UpdateProgressCommand, Result<ProgressReportDto>>>().Handle(command, default);
            if (done.IsFailure) throw new InvalidOperationException(done.Error!.Message);
            await transaction.CommitAsync(nameof(UpdateProgressCommand), command, default);
        }
        var elapsed = started.Elapsed.TotalSeconds;
        var after = await RollupAsync(app, centre);
        Console.WriteLine($"  {updates:N0} progress updates, one at a time: {elapsed:F1} s = {updates / elapsed:F0}/s (goal ≥ 2,000/s: {(updates / elapsed >= 2000 ? "met" : "NOT met")}); " +
                          $"each ≈ {elapsed * 1000 / updates / baseline:F0}× the baseline read");
        Console.WriteLine($"  the centre's roll-up counts them all at commit: reported {before.Reported:N0} → {after.Reported:N0} ({(after.Reported - before.Reported == Math.Min(updates, grassroots.Count) ? "exact" : "MISMATCH")})");
        await app.DisposeAsync();
    }

    private static IRequestHandler<GetRollupQuery, Result<RollupDto>> RollupHandler(IServiceProvider services) =>
        services.GetRequiredService<IRequestHandler<GetRollupQuery, Result<RollupDto>>>();

    private static async Task<Rollup> RollupAsync(WebApplication app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Rollups.AsNoTracking().FirstAsync(r => r.OrganisationId == id);
    }

    private static async Task<double> MedianAsync<T>(int runs, Func<IServiceProvider, Task<T>> read)
    {
        var times = new List<double>();
        for (var i = 0; i < runs + 20; i++)
        {
            await using var scope = _services!.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var started = Stopwatch.GetTimestamp();
            await read(services);
            if (i >= 20) times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static IServiceProvider? _services;

    private static async Task<(Guid Centre, Guid Province, List<Guid> Grassroots)> LoadNationalTreeAsync(WebApplication app)
    {
        _services = app.Services;
        await using var scope = app.Services.CreateAsyncScope();
        var centreId = (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync("TW", default))!.Value;
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var centre = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == centreId);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var grassroots = new List<Guid>();
        Guid firstProvince = default;
        var due = new DateOnly(2025, 6, 30);
        for (var p = 0; p < Provinces; p++)
        {
            var provinceId = Guid.NewGuid();
            if (p == 0) firstProvince = provinceId;
            var provincePath = $"{centre.Path}{provinceId:N}/";
            db.Organisations.Add(ReportingOrganisation.From(provinceId, centreId, $"BP{p:00}", $"Tỉnh {p}", "Province", provincePath, new DateOnly(2025, 10, 31)));
            db.Rollups.Add(Rollup.For(provinceId, CommunesPerProvince * (1 + GrassrootsPerCommune)));
            for (var c = 0; c < CommunesPerProvince; c++)
            {
                var communeId = Guid.NewGuid();
                var communePath = $"{provincePath}{communeId:N}/";
                db.Organisations.Add(ReportingOrganisation.From(communeId, provinceId, $"BP{p:00}-X{c:00}", $"Xã {p}.{c}", "Commune", communePath, new DateOnly(2025, 8, 31)));
                db.Rollups.Add(Rollup.For(communeId, GrassrootsPerCommune));
                for (var g = 0; g < GrassrootsPerCommune; g++)
                {
                    var id = Guid.NewGuid();
                    grassroots.Add(id);
                    db.Organisations.Add(ReportingOrganisation.From(id, communeId, $"BP{p:00}-X{c:00}-C{g:00}", $"Chi bộ {p}.{c}.{g}", "Grassroots", $"{communePath}{id:N}/", due));
                    db.Rollups.Add(Rollup.For(id, 0));
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var added = Provinces * CommunesPerProvince * (1 + GrassrootsPerCommune) + Provinces;
        await db.Rollups.Where(r => r.OrganisationId == centreId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Expected, r => r.Expected + added));
        // Spread the updates over the country: every province, every commune.
        var spread = grassroots.Select((id, i) => (id, i)).OrderBy(x => x.i % GrassrootsPerCommune).ThenBy(x => x.i).Select(x => x.id).ToList();
        return (centreId, firstProvince, spread);
    }
}
