using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Live;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Tasks.RemindDueTasks;

internal sealed class RemindDueTasksCommandHandler(AgendaDbContext db, ILiveSignals signals, IClock clock) : IRequestHandler<RemindDueTasksCommand, Result<int>>
{
    public static string Topic(Guid congressId) => $"agenda:tasks:{congressId}";

    public async Task<Result<int>> Handle(RemindDueTasksCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var tasks = await db.Tasks.Where(t => t.CongressId == command.CongressId && t.RemindedAtUtc == null).ToListAsync(cancellationToken);
        var reminded = tasks.Where(t => t.Remind(now, TimeSpan.FromHours(Math.Max(1, command.WithinHours)))).ToList();
        if (reminded.Count > 0)
        {
            var text = string.Join("; ", reminded.Select(t => $"{t.Title} ({t.Assignee}, hạn {VietnamTime.Format(t.DueAtUtc)})"));
            db.AfterCommit(ct => signals.PublishAsync(new LiveSignal(Topic(command.CongressId), $"Sắp đến hạn: {text}"), ct).AsTask());
        }
        return reminded.Count;
    }
}
