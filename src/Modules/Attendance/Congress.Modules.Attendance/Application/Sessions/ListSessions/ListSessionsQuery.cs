using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.Sessions.ListSessions;

internal sealed record ListSessionsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<SessionDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Read, AccessScope.Congress(CongressId));
}
