using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.GetProgramme;

/// <summary>The programme of a congress with "now" and "next": what the tablets, the screens and the chair's page show.</summary>
internal sealed record GetProgrammeQuery(Guid CongressId) : IQuery<Result<ProgrammeDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.ReadProgramme, AccessScope.Congress(CongressId));
}
