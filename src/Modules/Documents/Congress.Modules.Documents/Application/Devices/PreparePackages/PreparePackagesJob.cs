using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Documents.Application.Devices.PreparePackages;

/// <summary>
/// Prepares tablets' full packages in the background (docs/adr/0031): one device (argument <c>{congress}/{device}</c>, after
/// its registration) or every tablet of a congress that is not revoked (argument <c>{congress}</c>, after a document changed,
/// or asked by the organising committee). A tablet whose package for its current content is already kept costs a few reads;
/// the others are built — as many at once as there are cores, each in its own scope, in the build slots the fetches share.
/// A device that fails is logged and left: its next fetch builds its package. Not retried as a whole (its next run, or the
/// next fetch, is the retry).
/// </summary>
internal sealed class PreparePackagesJob(IServiceScopeFactory scopes, ILogger<PreparePackagesJob> logger) : IJob
{
    public static string KeyFor(Guid congressId) => $"documents.packages.{congressId:N}";

    public static string KeyFor(Guid congressId, Guid deviceId) => $"documents.packages.{congressId:N}.{deviceId:N}";

    public static string ArgumentFor(Guid congressId, Guid? deviceId = null) => deviceId is { } device ? $"{congressId}/{device}" : congressId.ToString();

    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var parts = (context.Argument ?? "").Split('/');
        await PrepareAsync(Guid.Parse(parts[0]), parts.Length > 1 ? Guid.Parse(parts[1]) : null, cancellationToken);
    }

    /// <summary>Prepares one device's package, or every tablet's of the congress; answers how many were built, found current, failed.</summary>
    public async Task<(int Prepared, int Current, int Failed)> PrepareAsync(Guid congressId, Guid? deviceId, CancellationToken cancellationToken)
    {
        List<Guid> devices;
        if (deviceId is { } one) devices = [one];
        else
        {
            await using var scope = scopes.CreateAsyncScope();
            devices = await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Devices.AsNoTracking()
                .Where(d => d.CongressId == congressId && d.RevokedAtUtc == null).OrderBy(d => d.RegisteredAtUtc).Select(d => d.Id).ToListAsync(cancellationToken);
        }
        int prepared = 0, failed = 0;
        await Parallel.ForEachAsync(devices, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken },
            async (deviceId, ct) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    if (await scope.ServiceProvider.GetRequiredService<PackageBuilder>().PrepareAsync(deviceId, ct) == PreparedOutcome.Prepared)
                        Interlocked.Increment(ref prepared);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                    logger.LogWarning(ex, "Documents: the package of device {DeviceId} could not be prepared; its next sync builds it", deviceId);
                }
            });
        logger.LogInformation("Documents: packages prepared for congress {CongressId}: {Prepared} built, {Current} already current, {Failed} failed",
            congressId, prepared, devices.Count - prepared - failed, failed);
        return (prepared, devices.Count - prepared - failed, failed);
    }
}
