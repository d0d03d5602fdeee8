using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.CloneProgramme;

/// <summary>
/// Makes this congress's programme from another's (a template every level reuses): its sessions and items, planned only,
/// the first session moved to <paramref name="FirstDay"/> and the rest keeping their distance from it. The source must lie in
/// the caller's subtree too (otherwise "not found"); a congress that has a programme already is not overwritten (409).
/// </summary>
internal sealed record CloneProgrammeCommand(Guid CongressId, Guid SourceCongressId, DateOnly FirstDay) : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
