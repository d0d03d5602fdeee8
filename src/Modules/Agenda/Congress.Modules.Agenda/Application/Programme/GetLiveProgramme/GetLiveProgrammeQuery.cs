using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.GetLiveProgramme;

/// <summary>
/// What the tablets' live feed sends: the programme now and the notices after <paramref name="Since"/> (the cursor of the
/// last event the tablet received; none: a tablet that has just connected is not told old news).
/// </summary>
internal sealed record GetLiveProgrammeQuery(Guid CongressId, long? Since) : IQuery<Result<LiveProgrammeDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.ReadProgramme, AccessScope.Congress(CongressId));
}
