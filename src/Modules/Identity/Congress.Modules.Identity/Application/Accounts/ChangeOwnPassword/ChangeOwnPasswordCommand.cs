using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.ChangeOwnPassword;

/// <summary>The signed-in caller changes their own password; every other sign-in of the account ends (this one too).</summary>
internal sealed record ChangeOwnPasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.OwnAccount, AccessScope.CallerSubtree);

    public object ToAuditPayload() => new { CurrentPassword = "***", NewPassword = "***" };
}
