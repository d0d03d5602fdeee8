using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Exchange.ExportLevelPdf;

/// <summary>
/// A level's report as PDF (A4, Vietnamese): the organisation's roll-up — completeness, stages, attendance, the elected
/// committees' structure — and its direct children with their state. The same reads as the dashboard (one roll-up row,
/// the children's rows); view scope as for the CSV export (outside the caller's subtree: 404).
/// </summary>
internal sealed record ExportLevelPdfQuery(Guid OrganisationId) : IDashboardQuery<Result<byte[]>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
