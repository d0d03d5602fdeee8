using Congress.Modules.Agenda.Application.Tasks.RemindDueTasks;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Agenda.Application.Tasks;

/// <summary>Every 15 minutes: reminds, once, of the organising committee's open tasks due within a day, in every congress that has tasks.</summary>
internal sealed class TaskReminderJob(AgendaDbContext db, IMediator mediator, ILogger<TaskReminderJob> logger) : IJob
{
    public const string RecurringKey = "agenda.task-reminders";

    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var congresses = await db.Tasks.AsNoTracking().Where(t => t.RemindedAtUtc == null).Select(t => t.CongressId).Distinct().ToListAsync(cancellationToken);
        foreach (var congressId in congresses)
        {
            var reminded = await mediator.Send(new RemindDueTasksCommand(congressId), cancellationToken);
            if (reminded.IsFailure) logger.LogWarning("Task reminders for congress {CongressId}: {Error}", congressId, reminded.Error!.Message);
            else if (reminded.Value > 0) logger.LogInformation("Task reminders for congress {CongressId}: {Count} due soon", congressId, reminded.Value);
        }
    }
}
