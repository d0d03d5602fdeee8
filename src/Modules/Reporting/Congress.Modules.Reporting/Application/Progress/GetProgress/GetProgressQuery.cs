using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Progress.GetProgress;

/// <summary>One organisation's report (an empty one, version 0, when nothing is entered yet). View scope: the caller's subtree.</summary>
internal sealed record GetProgressQuery(Guid OrganisationId) : IQuery<Result<ProgressReportDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
