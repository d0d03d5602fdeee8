namespace Congress.Modules.Identity.Application.Accounts;

internal sealed record AccountDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? OrganisationId, bool IsDisabled);
