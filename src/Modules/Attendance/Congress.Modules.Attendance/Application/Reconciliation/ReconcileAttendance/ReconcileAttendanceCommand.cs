using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.Reconciliation.ReconcileAttendance;

/// <summary>
/// Checks a congress's ledger against itself and against Biometrics: manual entries for someone a camera also saw, approved
/// official delegates with no face on file, sessions left open past their day. Replaces the congress's previous findings;
/// answers how many there are now.
/// </summary>
internal sealed record ReconcileAttendanceCommand(Guid CongressId) : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Manage, AccessScope.Congress(CongressId));
}
