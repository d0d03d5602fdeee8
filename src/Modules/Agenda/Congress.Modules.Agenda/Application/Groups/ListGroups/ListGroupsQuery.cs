using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Groups.ListGroups;

/// <summary>The congress's discussion groups with room, chair, secretary and what each has reported.</summary>
internal sealed record ListGroupsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<GroupDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.ReadProgramme, AccessScope.Congress(CongressId));
}
