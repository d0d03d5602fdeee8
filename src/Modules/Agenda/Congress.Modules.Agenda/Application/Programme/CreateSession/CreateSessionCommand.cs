using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.CreateSession;

/// <param name="Kind">"Preparatory", "Official" or "Closing".</param>
/// <param name="Day">The day the session is held (the hall's calendar, Asia/Ho_Chi_Minh).</param>
internal sealed record CreateSessionCommand(Guid CongressId, string Kind, string Title, DateOnly Day) : ICommand<Result<Guid>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
