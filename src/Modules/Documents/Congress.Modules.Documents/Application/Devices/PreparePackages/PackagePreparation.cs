using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Documents.Application.Devices.PreparePackages;

/// <summary>
/// Asks for tablets' packages to be prepared once the current unit of work has committed (the job must see what it
/// committed; nothing is built inside a request's transaction): a job per congress — asked again while one waits, it is
/// replaced, so a burst of uploads prepares once — or per registered device. A scheduler that fails is logged: the next
/// fetch builds the package (docs/adr/0031).
/// </summary>
internal sealed class PackagePreparation(DocumentsDbContext db, IJobScheduler jobs, IOptions<DocumentsOptions> options, ILogger<PackagePreparation> logger)
{
    /// <summary>Something a delegate may read changed in the congress: its tablets' packages, where their content changed.</summary>
    public void AfterChangeIn(Guid congressId)
    {
        if (options.Value.PreparePackagesAhead) AfterCommit(congressId, null);
    }

    /// <summary>A tablet was registered: its first package.</summary>
    public void AfterRegistration(Guid congressId, Guid deviceId)
    {
        if (options.Value.PreparePackagesAhead) AfterCommit(congressId, deviceId);
    }

    /// <summary>Every tablet of the congress, whatever the setting (the organising committee asked).</summary>
    public void AllOf(Guid congressId) => AfterCommit(congressId, null);

    private void AfterCommit(Guid congressId, Guid? deviceId) => db.AfterCommit(async ct =>
    {
        try
        {
            var key = deviceId is { } device ? PreparePackagesJob.KeyFor(congressId, device) : PreparePackagesJob.KeyFor(congressId);
            await jobs.EnqueueAsync<PreparePackagesJob>(key, PreparePackagesJob.ArgumentFor(congressId, deviceId), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Documents: preparing the packages of congress {CongressId} could not be scheduled; the next syncs build them", congressId);
        }
    });
}
