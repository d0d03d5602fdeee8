using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.RollCall.SetQuorumRule;

/// <summary>The congress's own quorum rule: more than (<paramref name="Strict"/>) or at least Numerator/Denominator of the summoned.</summary>
internal sealed record SetQuorumRuleCommand(Guid CongressId, int Numerator, int Denominator, bool Strict) : ICommand<Result<string>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Manage, AccessScope.Congress(CongressId));
}
