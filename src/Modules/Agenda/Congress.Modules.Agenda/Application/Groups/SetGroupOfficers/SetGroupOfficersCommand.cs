using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Groups.SetGroupOfficers;

/// <summary>Appoints a group's chair and secretary among its members (none: cleared); <paramref name="Version"/> as read (older: 409).</summary>
internal sealed record SetGroupOfficersCommand(Guid CongressId, Guid GroupId, int Version, Guid? ChairDelegateId, Guid? SecretaryDelegateId) : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
