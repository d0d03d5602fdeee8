using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Exchange.ExportReports;

/// <summary>Every organisation of a subtree (the root included) with its report as CSV (ReportCsv.ExportColumns), in tree order.</summary>
internal sealed record ExportReportsQuery(Guid OrganisationId) : IQuery<Result<string>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
