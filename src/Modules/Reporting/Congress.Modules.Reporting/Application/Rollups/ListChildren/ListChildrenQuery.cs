using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Rollups.ListChildren;

/// <param name="OwnStage">The child's own congress: its stage, whether reported, and on time (null while not reported).</param>
internal sealed record ChildRollupDto(
    Guid OrganisationId, string Code, string Name, string Level, DateOnly DueOn, string OwnStage, bool OwnReported, bool? OwnOnTime,
    int Expected, int Reported, int Missing, int CongressHeld, bool Approved);

/// <summary>The drill-down: the organisations directly below one, each with its own report's state and its subtree's roll-up.</summary>
internal sealed record ListChildrenQuery(Guid OrganisationId) : IDashboardQuery<Result<IReadOnlyList<ChildRollupDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
