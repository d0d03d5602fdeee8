using Congress.Modules.Attendance.Application.CheckIns;
using Congress.Modules.Attendance.Contracts;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Infrastructure;

/// <summary>What Voting reads when a poll opens: who is inside in the congress's open session; null when none is open.</summary>
internal sealed class AttendanceRegister(AttendanceDbContext db) : IAttendanceRegister
{
    public async Task<IReadOnlySet<Guid>?> PresentDelegateIdsAsync(Guid congressId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.CongressId == congressId && s.ClosedAtUtc == null, cancellationToken);
        if (session is null) return null;
        return (await PresenceLedger.PresentIn(db, session.Id).ToListAsync(cancellationToken)).ToHashSet();
    }
}
