using Congress.Modules.Attendance.Contracts;
using Congress.Modules.Attendance.Domain.Ledger;
using Congress.Modules.Attendance.Domain.Sessions;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Live;
using Congress.Shared.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.CheckIns;

/// <summary>
/// Appends to the ledger inside the caller's unit of work. Two gates may see one delegate at the same instant: both read
/// the same last line and both try to write the next sequence number; the unique index lets one through, and the other
/// (its SaveChanges rolled back to EF's savepoint, so the transaction lives on) reads again and answers "already inside".
/// On SQLite the write transaction is taken up front, so the second gate simply reads the first one's line.
/// A recorded line is announced on the live signals after commit (<see cref="PresenceSignals"/>).
/// </summary>
internal sealed class PresenceLedger(AttendanceDbContext db, IClock clock, ILiveSignals signals)
{
    public async Task<(LedgerOutcome Outcome, PresenceEvent? Line)> AppendAsync(AttendanceSession session, Guid delegateId, Direction direction, Scan scan,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var duplicate = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.SessionId == session.Id && e.ScanKey == scan.ScanKey, cancellationToken);
            if (duplicate is not null) return (LedgerOutcome.DuplicateScan, duplicate);

            var last = await LastAsync(session.Id, delegateId, cancellationToken);
            var (outcome, sequence) = LedgerRules.Decide(last, direction);
            if (outcome != LedgerOutcome.Recorded) return (outcome, last);

            var line = PresenceEvent.Create(session, delegateId, sequence, direction, scan, clock.UtcNow);
            db.Events.Add(line);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.Entry(line).State = EntityState.Detached;
                continue;
            }
            db.Publish(direction == Direction.Entry
                ? new DelegateCheckedInIntegrationEvent(session.CongressId, session.Id.Value, delegateId, scan.Method.ToString(), line.AtUtc)
                : new DelegateCheckedOutIntegrationEvent(session.CongressId, session.Id.Value, delegateId, scan.Method.ToString(), line.AtUtc));
            var congressId = session.CongressId;
            db.AfterCommit(ct => signals.PublishAsync(new LiveSignal(PresenceSignals.Topic(congressId), direction == Direction.Entry ? "in" : "out"), ct).AsTask());
            return (LedgerOutcome.Recorded, line);
        }
    }

    private Task<PresenceEvent?> LastAsync(SessionId sessionId, Guid delegateId, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Where(e => e.SessionId == sessionId && e.DelegateId == delegateId)
            .OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Who is inside now: the delegates whose last line in the session is an entry.</summary>
    public static IQueryable<Guid> PresentIn(AttendanceDbContext db, SessionId sessionId) =>
        db.Events.AsNoTracking()
            .Where(e => e.SessionId == sessionId && e.Direction == Direction.Entry
                && !db.Events.Any(later => later.SessionId == sessionId && later.DelegateId == e.DelegateId && later.Sequence > e.Sequence))
            .Select(e => e.DelegateId);
}
