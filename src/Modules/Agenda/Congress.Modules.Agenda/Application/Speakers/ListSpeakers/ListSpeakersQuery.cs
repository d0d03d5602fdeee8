using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Speakers.ListSpeakers;

internal sealed record ListSpeakersQuery(Guid CongressId, Guid ItemId) : IQuery<Result<SpeakersDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.ReadProgramme, AccessScope.Congress(CongressId));
}
