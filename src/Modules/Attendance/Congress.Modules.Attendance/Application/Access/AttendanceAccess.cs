using Congress.Modules.Attendance.Domain.Sessions;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.Access;

/// <summary>A congress the caller may see (its organisation lies in the caller's subtree); otherwise "not found", revealing nothing.</summary>
internal sealed class AttendanceAccess(AttendanceDbContext db, ICongressAccess access, IDelegateRoster roster)
{
    public static readonly Error CongressNotFound = Error.NotFound("attendance.congress.not_found", "Không tìm thấy đại hội.");
    public static readonly Error NoOpenSession = Error.Conflict("attendance.session.none_open", "Đại hội chưa mở phiên điểm danh nào.");

    public async Task<Result> CheckCongressAsync(Guid congressId, CancellationToken cancellationToken) =>
        congressId != Guid.Empty && await access.CanAccessAsync(congressId, cancellationToken) ? Result.Success() : CongressNotFound;

    public async Task<Result<AttendanceSession>> OpenSessionAsync(Guid congressId, CancellationToken cancellationToken)
    {
        var congress = await CheckCongressAsync(congressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.CongressId == congressId && s.ClosedAtUtc == null, cancellationToken);
        return session is null ? NoOpenSession : session;
    }

    public async Task<Result<RosterEntry>> DelegateAsync(Guid congressId, Guid delegateId, CancellationToken cancellationToken)
    {
        var entry = await roster.FindAsync(congressId, delegateId, cancellationToken);
        return entry is null ? Error.NotFound("attendance.delegate.not_found", "Không có đại biểu này trong đại hội.") : entry;
    }
}
