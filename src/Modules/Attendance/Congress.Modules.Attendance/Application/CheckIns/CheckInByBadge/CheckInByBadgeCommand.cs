using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.CheckIns.CheckInByBadge;

/// <summary>A gate scanned a delegate's QR badge. Forged tokens and badges of another congress are refused.</summary>
/// <param name="Direction">"Entry" (default) or "Exit".</param>
internal sealed record CheckInByBadgeCommand(Guid CongressId, string Token, string Direction = "Entry", string? Gate = null, string? ScanKey = null)
    : ICommand<Result<CheckInDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Gate, AccessScope.Congress(CongressId));
}
