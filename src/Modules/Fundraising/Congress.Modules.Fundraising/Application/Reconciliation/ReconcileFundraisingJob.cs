using Congress.Modules.Fundraising.Application.Reconciliation.ReconcileFundraising;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Fundraising.Application.Reconciliation;

/// <summary>The reconciliation on the job port, every Fundraising:ReconcileEveryMinutes (default 15) over each congress with a campaign.</summary>
internal sealed class ReconcileFundraisingJob(FundraisingDbContext db, IMediator mediator, ILogger<ReconcileFundraisingJob> logger) : IJob
{
    public const string RecurringKey = "fundraising.reconcile";

    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var congresses = Guid.TryParse(context.Argument, out var one) ? [one]
            : await db.Campaigns.AsNoTracking().Select(c => c.CongressId).Distinct().ToListAsync(cancellationToken);
        foreach (var congressId in congresses)
        {
            var result = await mediator.Send(new ReconcileFundraisingCommand(congressId), cancellationToken);
            if (result.IsFailure) logger.LogWarning("Fundraising reconciliation of congress {CongressId}: {Error}", congressId, result.Error!.Message);
            else logger.LogInformation("Fundraising reconciliation of congress {CongressId}: {Findings} findings", congressId, result.Value);
        }
    }
}
