using Congress.Shared.Infrastructure.Jobs;
using MediatR;

namespace Congress.Modules.Reporting.Application.Reminders.RefreshReminders;

/// <summary>The recurring reminder (Reporting:ReminderEveryMinutes): who is near or past the deadline, listed for their parent.</summary>
internal sealed class RefreshRemindersJob(IMediator mediator) : IJob
{
    public const string RecurringKey = "reporting:reminders";

    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken) => mediator.Send(new RefreshRemindersCommand(), cancellationToken);
}
