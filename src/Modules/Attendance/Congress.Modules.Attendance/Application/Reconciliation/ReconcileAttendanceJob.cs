using Congress.Modules.Attendance.Application.Reconciliation.ReconcileAttendance;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Attendance.Application.Reconciliation;

/// <summary>
/// The reconciliation on the job port: every few minutes (Attendance:ReconcileEveryMinutes) over each congress that has
/// held a session, or for one congress when its id is the argument (on demand, e.g. from the portal).
/// </summary>
internal sealed class ReconcileAttendanceJob(AttendanceDbContext db, IMediator mediator, ILogger<ReconcileAttendanceJob> logger) : IJob
{
    public const string RecurringKey = "attendance.reconcile";

    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var congresses = Guid.TryParse(context.Argument, out var one) ? [one]
            : await db.Sessions.AsNoTracking().Select(s => s.CongressId).Distinct().ToListAsync(cancellationToken);
        foreach (var congressId in congresses)
        {
            var result = await mediator.Send(new ReconcileAttendanceCommand(congressId), cancellationToken);
            if (result.IsFailure) logger.LogWarning("Reconciliation of congress {CongressId}: {Error}", congressId, result.Error!.Message);
            else logger.LogInformation("Reconciliation of congress {CongressId}: {Findings} findings", congressId, result.Value);
        }
    }
}
