using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Access;

/// <summary>Who may do what in this module. Every query and change is further limited to the caller's subtree.</summary>
internal static class DelegatesRoles
{
    public static readonly string[] ManageStructure = [Roles.SystemAdmin, Roles.OrganisingCommittee];
    public static readonly string[] ManageDelegates = [Roles.SystemAdmin, Roles.OrganisingCommittee];
    public static readonly string[] ReviewCredentials = [Roles.SystemAdmin, Roles.CredentialsBoard];
    public static readonly string[] ManageGroups = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];
    public static readonly string[] ReadDelegates =
        [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.CredentialsBoard, Roles.Monitor, Roles.Observer];
}
