using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.Gates.ListGates;

/// <summary>The entrance cameras that admit to this congress (or wait for a session to admit to): their state, when the
/// last frame came, how many delegates they checked in.</summary>
internal sealed record ListGatesQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<GateStatus>>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Read, AccessScope.Congress(CongressId));
}
