using Congress.Shared.Infrastructure.Jobs;
using MediatR;

namespace Congress.Modules.Reporting.Application.Tree.SyncOrganisationTree;

/// <summary>Every few minutes (Reporting:TreeSyncEveryMinutes): new organisations become expected in their ancestors' roll-ups.</summary>
internal sealed class SyncOrganisationTreeJob(IMediator mediator) : IJob
{
    public const string RecurringKey = "reporting:sync-tree";

    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken) => mediator.Send(new SyncOrganisationTreeCommand(), cancellationToken);
}
