using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.ResetPassword;

/// <summary>An administrator sets a new password for an account they administer; its sessions end and a lockout is lifted.</summary>
internal sealed record ResetPasswordCommand(Guid AccountId, string NewPassword) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.ManageAccounts, AccessScope.CallerSubtree);

    public object ToAuditPayload() => this with { NewPassword = "***" };
}
