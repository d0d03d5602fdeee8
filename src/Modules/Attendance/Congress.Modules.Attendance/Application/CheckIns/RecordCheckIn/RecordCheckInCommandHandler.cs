using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Domain.Ledger;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.CheckIns.RecordCheckIn;

internal sealed class RecordCheckInCommandHandler(AttendanceDbContext db, AttendanceAccess access, PresenceLedger ledger, ICurrentUser user)
    : IRequestHandler<RecordCheckInCommand, Result<CheckInDto>>
{
    public async Task<Result<CheckInDto>> Handle(RecordCheckInCommand command, CancellationToken cancellationToken)
    {
        var session = await access.OpenSessionAsync(command.CongressId, cancellationToken);
        if (session.IsFailure) return session.Error!;
        var entry = await access.DelegateAsync(command.CongressId, command.DelegateId, cancellationToken);
        if (entry.IsFailure) return entry.Error!;
        var scan = Scan.Create(Enum.Parse<CheckInMethod>(command.Method), command.Gate, command.ScanKey, command.Reason, command.Similarity, user.UserName);
        if (scan.IsFailure) return scan.Error!;

        var direction = Enum.Parse<Direction>(command.Direction);
        var (outcome, line) = await ledger.AppendAsync(session.Value, command.DelegateId, direction, scan.Value, cancellationToken);
        var present = await PresenceLedger.PresentIn(db, session.Value.Id).CountAsync(cancellationToken);
        var d = entry.Value;
        return new CheckInDto(outcome.ToString(), direction.ToString(), d.DelegateId, d.Code, d.FullName, d.Delegation,
            (line?.Method ?? scan.Value.Method).ToString(), line?.AtUtc, present, CheckInDto.Say(outcome, direction, d.FullName));
    }
}
