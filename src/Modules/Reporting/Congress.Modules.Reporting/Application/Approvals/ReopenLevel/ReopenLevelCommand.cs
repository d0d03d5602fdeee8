using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Approvals.ReopenLevel;

/// <summary>
/// The level above reopens an approved level for a correction, with a reason (the unit of work audits the command);
/// the level's own officials cannot reopen themselves (403).
/// </summary>
internal sealed record ReopenLevelCommand(Guid OrganisationId, string Reason) : ICommand<Result<RollupDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Approve, AccessScope.Organisation(OrganisationId));
}
