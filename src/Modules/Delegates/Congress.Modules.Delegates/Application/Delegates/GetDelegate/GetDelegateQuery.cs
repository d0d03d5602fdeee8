using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Delegates.GetDelegate;

internal sealed record GetDelegateQuery(Guid DelegateId) : IQuery<Result<DelegateDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ReadDelegates, AccessScope.Resource(DelegatesResources.Delegate, DelegateId));
}
