using Congress.Shared.Infrastructure.Jobs;
using MediatR;

namespace Congress.Modules.Reporting.Application.Tree.SyncOrganisationTree;

/// <summary>
/// Every few hours (Reporting:TreeSyncEveryMinutes, 360 by default): the full reconcile with Delegates' tree, the safety
/// net behind <see cref="OrganisationCreatedIntegrationEventHandler"/> (organisations missed, renames).
/// </summary>
internal sealed class SyncOrganisationTreeJob(IMediator mediator) : IJob
{
    public const string RecurringKey = "reporting:sync-tree";

    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken) => mediator.Send(new SyncOrganisationTreeCommand(), cancellationToken);
}
