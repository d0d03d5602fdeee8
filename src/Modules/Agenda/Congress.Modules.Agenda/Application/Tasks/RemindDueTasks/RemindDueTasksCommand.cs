using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Tasks.RemindDueTasks;

/// <summary>Marks the open tasks due within <paramref name="WithinHours"/> as reminded (once each) and signals them on the congress's task topic.</summary>
internal sealed record RemindDueTasksCommand(Guid CongressId, int WithinHours = 24) : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
