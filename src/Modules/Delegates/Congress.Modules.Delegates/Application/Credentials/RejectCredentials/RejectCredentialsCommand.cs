using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Credentials.RejectCredentials;

/// <summary>Refuses (or revokes) a delegate's credentials; the board must give its reason.</summary>
internal sealed record RejectCredentialsCommand(Guid DelegateId, string Reason) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ReviewCredentials, AccessScope.Resource(DelegatesResources.Delegate, DelegateId));
}
