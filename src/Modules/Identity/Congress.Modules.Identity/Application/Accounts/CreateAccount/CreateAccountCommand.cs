using Congress.Modules.Identity.Application.Accounts;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.CreateAccount;

/// <param name="OrganisationCode">The organisation whose subtree the account may see; required except for system administrators.</param>
/// <param name="DelegateId">For a delegate's account: the delegate it belongs to.</param>
internal sealed record CreateAccountCommand(string UserName, string DisplayName, string Password, IReadOnlyList<string> Roles, string? OrganisationCode,
    string? ExternalSubject = null, Guid? DelegateId = null)
    : ICommand<Result<AccountDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.ManageAccounts, AccessScope.CallerSubtree);

    public object ToAuditPayload() => this with { Password = "***" };
}
