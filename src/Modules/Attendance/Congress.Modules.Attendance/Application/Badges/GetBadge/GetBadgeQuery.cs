using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.Badges.GetBadge;

/// <summary>A delegate's badge for printing: the signed token, and the same token as a QR code (SVG).</summary>
internal sealed record GetBadgeQuery(Guid CongressId, Guid DelegateId) : IQuery<Result<BadgeDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Manage, AccessScope.Congress(CongressId));
}

internal sealed record BadgeDto(Guid DelegateId, string Code, string FullName, string Delegation, string Token, string QrSvg);
