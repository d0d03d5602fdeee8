using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Tree.SyncOrganisationTree;

internal sealed class SyncOrganisationTreeCommandHandler(OrganisationTree tree) : IRequestHandler<SyncOrganisationTreeCommand, Result<int>>
{
    public async Task<Result<int>> Handle(SyncOrganisationTreeCommand command, CancellationToken cancellationToken) =>
        await tree.SyncAsync(cancellationToken);
}
