using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Tasks.ListTasks;

internal sealed class ListTasksQueryHandler(AgendaDbContext db, IClock clock) : IRequestHandler<ListTasksQuery, Result<IReadOnlyList<TaskDto>>>
{
    public async Task<Result<IReadOnlyList<TaskDto>>> Handle(ListTasksQuery query, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.CongressId == query.CongressId).ToListAsync(cancellationToken);
        return tasks.Where(t => !query.LateOnly || t.IsLate(now)).OrderBy(t => t.DueAtUtc).Select(t => TaskDto.From(t, now)).ToList();
    }
}
