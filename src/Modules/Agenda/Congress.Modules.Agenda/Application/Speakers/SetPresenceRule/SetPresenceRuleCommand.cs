using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Speakers.SetPresenceRule;

/// <summary>Whether only delegates Attendance has in the hall may be called to speak in this congress.</summary>
internal sealed record SetPresenceRuleCommand(Guid CongressId, bool RequirePresence) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
