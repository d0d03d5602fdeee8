using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.RollCall.GetPresenceHistory;

/// <summary>Every entry and exit of one delegate across the congress's sessions, oldest first.</summary>
internal sealed record GetPresenceHistoryQuery(Guid CongressId, Guid DelegateId) : IQuery<Result<IReadOnlyList<PresenceLineDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Read, AccessScope.Congress(CongressId));
}

internal sealed record PresenceLineDto(Guid SessionId, string SessionName, int Sequence, string Direction, string Method, string Gate,
    DateTime AtUtc, string RecordedBy, string? Reason, float? Similarity);
