using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Delegates.RegisterDelegate;

internal sealed record RegisterDelegateCommand(Guid CongressId, DelegateInput Delegate) : ICommand<Result<DelegateDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ManageDelegates, AccessScope.Congress(CongressId));
}
