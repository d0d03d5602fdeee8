using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.CheckIns.RecordCheckIn;

/// <summary>
/// Writes an entry or exit for a known delegate into the open session's ledger: by hand by the secretariat (with a reason),
/// or after the face gate recognised them (<see cref="FaceGate"/>). Resending the same <paramref name="ScanKey"/> is counted once.
/// </summary>
/// <param name="Direction">"Entry" or "Exit".</param>
/// <param name="Method">"Manual" or "Face" (QR badges go through CheckInByBadgeCommand, which checks the signature).</param>
internal sealed record RecordCheckInCommand(Guid CongressId, Guid DelegateId, string Direction, string Method, string? Reason,
    string? Gate = null, string? ScanKey = null, float? Similarity = null) : ICommand<Result<CheckInDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Manage, AccessScope.Congress(CongressId));
}
