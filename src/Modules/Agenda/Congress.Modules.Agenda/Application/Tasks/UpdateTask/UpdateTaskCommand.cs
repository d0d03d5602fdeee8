using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Tasks.UpdateTask;

/// <summary>A task's status and a progress note; <paramref name="Version"/> is the one read (older: 409).</summary>
/// <param name="Status">"Open", "InProgress", "Done" or "Cancelled".</param>
internal sealed record UpdateTaskCommand(Guid CongressId, Guid TaskId, int Version, string Status, string? Note = null) : ICommand<Result<TaskDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
