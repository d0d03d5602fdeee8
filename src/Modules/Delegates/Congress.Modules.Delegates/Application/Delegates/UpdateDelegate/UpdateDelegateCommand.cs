using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Delegates.UpdateDelegate;

internal sealed record UpdateDelegateCommand(Guid DelegateId, DelegateInput Delegate) : ICommand<Result<DelegateDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ManageDelegates, AccessScope.Resource(DelegatesResources.Delegate, DelegateId));
}
