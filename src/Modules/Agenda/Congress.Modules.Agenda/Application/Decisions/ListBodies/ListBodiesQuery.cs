using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Decisions.ListBodies;

/// <summary>The congress's elected bodies: presidium, secretariat, credentials board, each in its elected order.</summary>
internal sealed record ListBodiesQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<BodyMemberDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.ReadProgramme, AccessScope.Congress(CongressId));
}
