using System.Security.Claims;
using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Security;
using Congress.Shared.Infrastructure.Security;

namespace Congress.Modules.Identity.Application.Accounts;

internal static class AccountMapping
{
    public static AccountDto ToDto(UserAccount account) =>
        new(account.Id.Value, account.UserName, account.DisplayName, account.Roles, account.OrganisationId, account.IsDisabled, account.DelegateId, account.LockedUntilUtc);

    /// <summary>The principal every sign-in scheme issues for an account, with the stamp that ends it when the account changes.</summary>
    public static ClaimsPrincipal ToPrincipal(UserAccount account, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.Value.ToString()),
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.GivenName, account.DisplayName),
            new(IdentityClaims.SecurityStamp, account.SecurityStamp),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.OrganisationId is { } organisationId) claims.Add(new Claim(CongressClaims.Organisation, organisationId.ToString()));
        if (account.DelegateId is { } delegateId) claims.Add(new Claim(CongressClaims.Delegate, delegateId.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}
