using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Tree.SyncOrganisationTree;

/// <summary>Brings the read model of the tree up to date with Delegates' tree (the recurring job, the seeders); answers how many organisations were added.</summary>
internal sealed record SyncOrganisationTreeCommand : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Maintain, AccessScope.CallerSubtree);
}
