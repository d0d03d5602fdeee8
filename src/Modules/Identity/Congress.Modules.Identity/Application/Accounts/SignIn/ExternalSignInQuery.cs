using Congress.Shared.Infrastructure.Security;
using System.Security.Claims;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.SignIn;

/// <summary>Finds the local account linked to an external (national e-ID) subject.</summary>
internal sealed record ExternalSignInQuery(string Subject, string AuthenticationType) : IQuery<Result<ClaimsPrincipal>>
{
    RequestAccess IAuthorisedRequest.Access => new([], AccessScope.Anyone);
}
