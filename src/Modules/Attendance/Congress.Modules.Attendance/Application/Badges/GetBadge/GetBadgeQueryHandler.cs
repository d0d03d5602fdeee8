using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Kernel;
using MediatR;
using QRCoder;

namespace Congress.Modules.Attendance.Application.Badges.GetBadge;

internal sealed class GetBadgeQueryHandler(AttendanceAccess access, BadgeSigner signer) : IRequestHandler<GetBadgeQuery, Result<BadgeDto>>
{
    public async Task<Result<BadgeDto>> Handle(GetBadgeQuery query, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var found = await access.DelegateAsync(query.CongressId, query.DelegateId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var d = found.Value;
        var token = signer.Sign(query.CongressId, d.DelegateId);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(token, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new BadgeDto(d.DelegateId, d.Code, d.FullName, d.Delegation, token, svg);
    }
}
