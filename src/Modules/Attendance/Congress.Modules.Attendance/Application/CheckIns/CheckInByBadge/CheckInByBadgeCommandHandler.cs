using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Application.Badges;
using Congress.Modules.Attendance.Domain.Ledger;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.CheckIns.CheckInByBadge;

internal sealed class CheckInByBadgeCommandHandler(AttendanceDbContext db, AttendanceAccess access, PresenceLedger ledger, BadgeSigner badges, ICurrentUser user)
    : IRequestHandler<CheckInByBadgeCommand, Result<CheckInDto>>
{
    public async Task<Result<CheckInDto>> Handle(CheckInByBadgeCommand command, CancellationToken cancellationToken)
    {
        var session = await access.OpenSessionAsync(command.CongressId, cancellationToken);
        if (session.IsFailure) return session.Error!;
        if (badges.Verify(command.Token) is not { } badge)
            return Error.Forbidden("attendance.badge.forged", "Thẻ đại biểu không hợp lệ (chữ ký sai hoặc mã bị sửa).");
        if (badge.CongressId != command.CongressId)
            return Error.Forbidden("attendance.badge.other_congress", "Thẻ này thuộc một đại hội khác.");
        var entry = await access.DelegateAsync(command.CongressId, badge.DelegateId, cancellationToken);
        if (entry.IsFailure) return entry.Error!;
        var scan = Scan.Create(CheckInMethod.QrBadge, command.Gate, command.ScanKey, null, null, user.UserName);
        if (scan.IsFailure) return scan.Error!;

        var direction = Enum.Parse<Direction>(command.Direction);
        var (outcome, line) = await ledger.AppendAsync(session.Value, badge.DelegateId, direction, scan.Value, cancellationToken);
        var present = await PresenceLedger.PresentIn(db, session.Value.Id).CountAsync(cancellationToken);
        var d = entry.Value;
        return new CheckInDto(outcome.ToString(), direction.ToString(), d.DelegateId, d.Code, d.FullName, d.Delegation,
            (line?.Method ?? CheckInMethod.QrBadge).ToString(), line?.AtUtc, present, CheckInDto.Say(outcome, direction, d.FullName));
    }
}
