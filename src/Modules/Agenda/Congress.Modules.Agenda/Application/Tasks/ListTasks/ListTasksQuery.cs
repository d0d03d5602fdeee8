using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Tasks.ListTasks;

/// <summary>The organising committee's tasks, by due time; <paramref name="LateOnly"/>: the overview of what is late.</summary>
internal sealed record ListTasksQuery(Guid CongressId, bool LateOnly = false) : IQuery<Result<IReadOnlyList<TaskDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
