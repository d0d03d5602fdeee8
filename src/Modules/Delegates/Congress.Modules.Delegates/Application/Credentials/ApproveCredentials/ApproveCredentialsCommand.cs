using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Credentials.ApproveCredentials;

internal sealed record ApproveCredentialsCommand(Guid DelegateId) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ReviewCredentials, AccessScope.Resource(DelegatesResources.Delegate, DelegateId));
}
