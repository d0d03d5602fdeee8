using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Attendance.Application.Sessions.CloseSession;

internal sealed class CloseSessionCommandHandler(AttendanceAccess access, ICurrentUser user, IClock clock)
    : IRequestHandler<CloseSessionCommand, Result<SessionDto>>
{
    public async Task<Result<SessionDto>> Handle(CloseSessionCommand command, CancellationToken cancellationToken)
    {
        var session = await access.OpenSessionAsync(command.CongressId, cancellationToken);
        if (session.IsFailure) return session.Error!;
        session.Value.Close(user.UserName, clock.UtcNow);
        return SessionDto.From(session.Value);
    }
}
