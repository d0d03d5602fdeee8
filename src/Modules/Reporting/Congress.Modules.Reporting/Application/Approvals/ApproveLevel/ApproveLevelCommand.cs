using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Approvals.ApproveLevel;

/// <summary>
/// A level approves its report, bottom-up: only when every congress below it is reported (409 otherwise, naming how many
/// are missing). From then on the reports of the level and everything below it are locked until the level above reopens.
/// Only the level's own officials approve (capture scope).
/// </summary>
internal sealed record ApproveLevelCommand(Guid OrganisationId) : ICommand<Result<RollupDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Approve, AccessScope.Organisation(OrganisationId));
}
