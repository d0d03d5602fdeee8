using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.CreateAccount;

/// <param name="OrganisationCode">The organisation whose subtree the account may see; required except for system administrators.</param>
internal sealed record CreateAccountCommand(string UserName, string DisplayName, string Password, IReadOnlyList<string> Roles, string? OrganisationCode, string? ExternalSubject = null)
    : ICommand<Result<AccountDto>>
{
    public object ToAuditPayload() => this with { Password = "***" };
}
