using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Domain.Reminders;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Reporting.Application.Reminders.RefreshReminders;

internal sealed class RefreshRemindersCommandHandler(ReportingDbContext db, IClock clock, IOptions<ReportingOptions> options)
    : IRequestHandler<RefreshRemindersCommand, Result<int>>
{
    public async Task<Result<int>> Handle(RefreshRemindersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = ProgressReport.VietnamDate(now);
        var horizon = today.AddDays(options.Value.ReminderDaysBefore);
        var due = await (
            from o in db.Organisations.AsNoTracking()
            where o.ParentId != null && o.DueOn <= horizon
            join p in db.Reports.AsNoTracking() on o.Id equals p.OrganisationId into reports
            from p in reports.DefaultIfEmpty()
            where p == null || p.ReportedAtUtc == null
            select new { o.Id, ParentId = o.ParentId!.Value, o.Code, o.Name, o.DueOn }).ToListAsync(cancellationToken);

        await db.Reminders.ExecuteDeleteAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Reminders.AddRange(due.Select(d => DeadlineReminder.For(d.ParentId, d.Id, d.Code, d.Name, d.DueOn, d.DueOn < today ? "Overdue" : "Near", now)));
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return due.Count;
    }
}
