using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Feed.ListReportChanges;

/// <param name="NextCursor">Pass it as <c>after</c> to get what changed since; it stays put when nothing did.</param>
/// <param name="More">Whether another page is waiting right now.</param>
internal sealed record ReportChangesDto(IReadOnlyList<ProgressReportDto> Items, long NextCursor, bool More);

/// <summary>
/// For downstream systems: the reports of an organisation's subtree in change order, paged — from the start
/// (<paramref name="After"/> 0), or everything changed since a cursor. A report changed twice appears once, at its last change.
/// </summary>
internal sealed record ListReportChangesQuery(Guid OrganisationId, long After = 0, int Take = 100) : IQuery<Result<ReportChangesDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
