using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Domain.Ledger;
using Congress.Modules.Attendance.Domain.Reconciliation;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Modules.Biometrics.Contracts;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Attendance.Application.Reconciliation.ReconcileAttendance;

internal sealed class ReconcileAttendanceCommandHandler(AttendanceDbContext db, AttendanceAccess access, IDelegateRoster roster, IServiceProvider services, IClock clock)
    : IRequestHandler<ReconcileAttendanceCommand, Result<int>>
{
    public async Task<Result<int>> Handle(ReconcileAttendanceCommand command, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(command.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var now = clock.UtcNow;
        var delegates = (await roster.ListAsync(command.CongressId, cancellationToken)).ToDictionary(d => d.DelegateId);
        string Name(Guid id) => delegates.TryGetValue(id, out var d) ? $"{d.FullName} ({d.Code})" : id.ToString();
        var findings = new List<ReconciliationFinding>();

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CongressId == command.CongressId).ToListAsync(cancellationToken);
        var lines = await db.Events.AsNoTracking().Where(e => e.CongressId == command.CongressId && e.Direction == Direction.Entry).ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            var entries = lines.Where(e => e.SessionId == session.Id).ToList();
            var seenByCamera = entries.Where(e => e.Method == CheckInMethod.Face).Select(e => e.DelegateId).ToHashSet();
            foreach (var manual in entries.Where(e => e.Method == CheckInMethod.Manual && seenByCamera.Contains(e.DelegateId)))
                findings.Add(ReconciliationFinding.Create(command.CongressId, session.Id.Value, manual.DelegateId, FindingKind.ManualEntrySeenByCamera,
                    $"Phiên \"{session.Name}\": {Name(manual.DelegateId)} được điểm danh thủ công lúc {VietnamTime.Format(manual.AtUtc)} " +
                    $"(lý do: {manual.Reason}) dù camera cũng đã nhận diện.", now));

            if (session.IsOpen && VietnamTime.FromUtc(session.OpenedAtUtc).Date < VietnamTime.FromUtc(now).Date)
                findings.Add(ReconciliationFinding.Create(command.CongressId, session.Id.Value, null, FindingKind.SessionLeftOpen,
                    $"Phiên \"{session.Name}\" mở từ {VietnamTime.Format(session.OpenedAtUtc)} vẫn chưa đóng.", now));
        }

        if (services.GetService<IFaceRecognition>() is { } faces)
        {
            var enrolled = await faces.EnrolledDelegateIdsAsync(command.CongressId, cancellationToken);
            foreach (var d in delegates.Values.Where(d => d.Kind == "Official" && d.CredentialsApproved && !enrolled.Contains(d.DelegateId)).OrderBy(d => d.Code))
                findings.Add(ReconciliationFinding.Create(command.CongressId, null, d.DelegateId, FindingKind.NotEnrolledForFace,
                    $"{Name(d.DelegateId)} ({d.Delegation}) chưa đăng ký khuôn mặt.", now));
        }

        await db.Findings.Where(f => f.CongressId == command.CongressId).ExecuteDeleteAsync(cancellationToken);
        db.Findings.AddRange(findings);
        return findings.Count;
    }
}
