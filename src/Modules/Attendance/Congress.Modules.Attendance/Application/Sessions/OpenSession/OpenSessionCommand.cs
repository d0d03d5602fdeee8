using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.Sessions.OpenSession;

/// <summary>The secretariat opens a session of the congress (phiên trù bị, phiên chính thức…): the roll call starts.</summary>
/// <param name="Kind">"Preparatory", "Official" or "Other".</param>
internal sealed record OpenSessionCommand(Guid CongressId, string Name, string Kind) : ICommand<Result<SessionDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Manage, AccessScope.Congress(CongressId));
}
