using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Rollups.GetRollup;

/// <summary>The roll-up of one organisation: its one roll-up row (kept current on every update), its node and its approval, read by key.</summary>
internal sealed record GetRollupQuery(Guid OrganisationId) : IDashboardQuery<Result<RollupDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
