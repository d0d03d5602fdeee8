using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.RollCall.GetPresenceHistory;

internal sealed class GetPresenceHistoryQueryHandler(AttendanceDbContext db, AttendanceAccess access)
    : IRequestHandler<GetPresenceHistoryQuery, Result<IReadOnlyList<PresenceLineDto>>>
{
    public async Task<Result<IReadOnlyList<PresenceLineDto>>> Handle(GetPresenceHistoryQuery query, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var found = await access.DelegateAsync(query.CongressId, query.DelegateId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CongressId == query.CongressId).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var lines = await db.Events.AsNoTracking().Where(e => e.CongressId == query.CongressId && e.DelegateId == query.DelegateId).ToListAsync(cancellationToken);
        return lines.OrderBy(e => e.AtUtc).ThenBy(e => e.Sequence)
            .Select(e => new PresenceLineDto(e.SessionId.Value, sessions.GetValueOrDefault(e.SessionId, "?"), e.Sequence, e.Direction.ToString(), e.Method.ToString(),
                e.Gate, e.AtUtc, e.RecordedBy, e.Reason, e.Similarity))
            .ToList();
    }
}
