using Congress.Modules.Agenda.Domain.Tasks;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Tasks.UpdateTask;

internal sealed class UpdateTaskCommandHandler(AgendaDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<UpdateTaskCommand, Result<TaskDto>>
{
    public async Task<Result<TaskDto>> Handle(UpdateTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == new CommitteeTaskId(command.TaskId) && t.CongressId == command.CongressId, cancellationToken);
        if (task is null) return Error.NotFound("agenda.task.not_found", "Không tìm thấy nhiệm vụ.");
        var now = clock.UtcNow;
        var line = $"{VietnamTime.FromUtc(now):dd/MM HH:mm} — {user.UserName}: {command.Note?.Trim()}";
        var updated = task.Update(command.Version, Enum.Parse<CommitteeTaskStatus>(command.Status), command.Note, line);
        return updated.IsSuccess ? TaskDto.From(task, now) : updated.Error!;
    }
}
