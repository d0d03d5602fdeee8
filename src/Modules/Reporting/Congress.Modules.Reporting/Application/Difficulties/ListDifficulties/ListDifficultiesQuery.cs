using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Difficulties.ListDifficulties;

/// <summary>
/// The difficulties reported by an organisation or below it that the caller may see, newest change first: a commune its
/// own, a province everything from its subtree, the centre what was escalated to it. <paramref name="AwaitingMe"/>: only
/// those waiting for the caller's answer; <paramref name="Status"/>: only that status.
/// </summary>
internal sealed record ListDifficultiesQuery(Guid OrganisationId, bool AwaitingMe = false, string? Status = null, int Take = 100)
    : IQuery<Result<IReadOnlyList<DifficultySummaryDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
