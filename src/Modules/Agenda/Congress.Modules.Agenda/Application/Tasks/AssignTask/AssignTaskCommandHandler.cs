using Congress.Modules.Agenda.Domain.Tasks;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Tasks.AssignTask;

internal sealed class AssignTaskCommandHandler(AgendaDbContext db, ISubtreeAccess subtree, IClock clock) : IRequestHandler<AssignTaskCommand, Result<TaskDto>>
{
    public async Task<Result<TaskDto>> Handle(AssignTaskCommand command, CancellationToken cancellationToken)
    {
        if (command.OrganisationId is { } organisationId && !await subtree.IncludesOrganisationAsync(organisationId, cancellationToken))
            return RequestAuthoriser.OrganisationNotFound;
        var task = CommitteeTask.Assign(command.CongressId, command.Title, command.Assignee, command.OrganisationId,
            DateTime.SpecifyKind(command.DueAtUtc, DateTimeKind.Utc), clock.UtcNow);
        if (task.IsFailure) return task.Error!;
        db.Tasks.Add(task.Value);
        return TaskDto.From(task.Value, clock.UtcNow);
    }
}
