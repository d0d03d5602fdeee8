using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Tasks.AssignTask;

/// <param name="OrganisationId">The sub-committee's organisation, when the task goes to one: it must lie in the caller's subtree (else 404).</param>
internal sealed record AssignTaskCommand(Guid CongressId, string Title, string Assignee, DateTime DueAtUtc, Guid? OrganisationId = null) : ICommand<Result<TaskDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
