using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts;

/// <summary>Who may do what in this module; accounts are further limited to the caller's subtree.</summary>
internal static class IdentityRoles
{
    public static readonly string[] ManageAccounts = [Roles.SystemAdmin, Roles.OrganisingCommittee];

    /// <summary>Changing one's own password: any signed-in caller, on their own account only (the handler takes it from the caller).</summary>
    public static readonly IReadOnlyList<string> OwnAccount = Roles.All;
}
