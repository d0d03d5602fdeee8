using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.Sessions.CloseSession;

/// <summary>The secretariat closes the congress's open session: the roll call stops, its ledger stays.</summary>
internal sealed record CloseSessionCommand(Guid CongressId) : ICommand<Result<SessionDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Manage, AccessScope.Congress(CongressId));
}
