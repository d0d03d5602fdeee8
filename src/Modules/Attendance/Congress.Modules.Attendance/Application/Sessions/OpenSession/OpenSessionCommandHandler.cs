using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Domain.Sessions;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.Sessions.OpenSession;

internal sealed class OpenSessionCommandHandler(AttendanceDbContext db, AttendanceAccess access, ICurrentUser user, IClock clock)
    : IRequestHandler<OpenSessionCommand, Result<SessionDto>>
{
    public async Task<Result<SessionDto>> Handle(OpenSessionCommand command, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(command.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var open = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.CongressId == command.CongressId && s.ClosedAtUtc == null, cancellationToken);
        if (open is not null) return Error.Conflict("attendance.session.already_open", $"Phiên \"{open.Name}\" đang mở; hãy đóng phiên đó trước.");

        var session = AttendanceSession.Open(command.CongressId, command.Name, Enum.Parse<SessionKind>(command.Kind), user.UserName, clock.UtcNow);
        if (session.IsFailure) return session.Error!;
        db.Sessions.Add(session.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(session.Value).State = EntityState.Detached;
            return Error.Conflict("attendance.session.already_open", "Một phiên khác vừa được mở cho đại hội này.");
        }
        return SessionDto.From(session.Value);
    }
}
