namespace Congress.Modules.Identity.Application.Accounts;

/// <param name="DelegateId">For a delegate's account: the delegate it belongs to.</param>
/// <param name="LockedUntilUtc">Set while the account is locked after wrong passwords (or was, until then).</param>
internal sealed record AccountDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? OrganisationId, bool IsDisabled,
    Guid? DelegateId = null, DateTime? LockedUntilUtc = null);
