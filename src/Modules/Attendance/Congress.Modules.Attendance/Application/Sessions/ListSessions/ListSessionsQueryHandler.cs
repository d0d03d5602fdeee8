using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.Sessions.ListSessions;

internal sealed class ListSessionsQueryHandler(AttendanceDbContext db, AttendanceAccess access)
    : IRequestHandler<ListSessionsQuery, Result<IReadOnlyList<SessionDto>>>
{
    public async Task<Result<IReadOnlyList<SessionDto>>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CongressId == query.CongressId).ToListAsync(cancellationToken);
        return sessions.OrderBy(s => s.OpenedAtUtc).Select(SessionDto.From).ToList();
    }
}
