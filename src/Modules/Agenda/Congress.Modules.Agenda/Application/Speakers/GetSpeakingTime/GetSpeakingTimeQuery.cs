using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Speakers.GetSpeakingTime;

/// <summary>Total speaking time per delegate and per delegation across the congress.</summary>
internal sealed record GetSpeakingTimeQuery(Guid CongressId) : IQuery<Result<SpeakingTimeDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.ReadRecords, AccessScope.Congress(CongressId));
}
