using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Congresses.GetCongress;

internal sealed record GetCongressQuery(Guid CongressId) : IQuery<Result<CongressDetailDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(Roles.All, AccessScope.Congress(CongressId));
}
