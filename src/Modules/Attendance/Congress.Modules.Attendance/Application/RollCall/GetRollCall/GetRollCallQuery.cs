using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Modules.Attendance.Application.Sessions;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.RollCall.GetRollCall;

/// <summary>The live roll call of the congress's open session (or the last one): counts, quorum, who is missing by delegation.</summary>
internal sealed record GetRollCallQuery(Guid CongressId) : IQuery<Result<RollCallDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Read, AccessScope.Congress(CongressId));
}

internal sealed record QuorumDto(int Numerator, int Denominator, bool Strict, string Rule, int Required, bool Met);

internal sealed record MissingDelegateDto(Guid DelegateId, string Code, string FullName);

internal sealed record DelegationRollCallDto(string Delegation, int Summoned, int Present, IReadOnlyList<MissingDelegateDto> Missing);

/// <param name="Summoned">Official delegates summoned to the congress.</param>
/// <param name="PresentOfficial">Official delegates inside the hall: what the quorum counts.</param>
/// <param name="PresentAll">Everyone inside (alternates and invited guests too).</param>
internal sealed record RollCallDto(SessionDto? Session, int Summoned, int PresentOfficial, int PresentAll, QuorumDto Quorum,
    IReadOnlyList<DelegationRollCallDto> Delegations, IReadOnlyList<RecentCheckInDto> Recent);

internal sealed record RecentCheckInDto(DateTime AtUtc, string FullName, string Direction, string Method, string Gate, string? Reason);
