using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.Reconciliation.ListFindings;

/// <summary>What the last reconciliation of the congress found.</summary>
internal sealed record ListFindingsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<FindingDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Read, AccessScope.Congress(CongressId));
}

internal sealed record FindingDto(Guid Id, string Kind, Guid? SessionId, Guid? DelegateId, string Detail, DateTime FoundAtUtc);
