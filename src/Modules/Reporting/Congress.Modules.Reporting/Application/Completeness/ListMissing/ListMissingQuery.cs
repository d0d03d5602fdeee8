using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Completeness.ListMissing;

/// <param name="Overdue">Past its due date (Asia/Ho_Chi_Minh) and still not reported.</param>
internal sealed record MissingOrganisationDto(Guid OrganisationId, Guid? ParentId, string Code, string Name, string Level, DateOnly DueOn, string Stage, bool Overdue);

/// <summary>
/// The organisations below one whose congress is not reported yet: its children only, or (<paramref name="AllLevels"/>)
/// every level below, at most <paramref name="Take"/> (1–1000), by due date.
/// </summary>
internal sealed record ListMissingQuery(Guid OrganisationId, bool AllLevels = false, int Take = 200) : IDashboardQuery<Result<IReadOnlyList<MissingOrganisationDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
