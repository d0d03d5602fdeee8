using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Application.Access;

/// <summary>Who may do what here; every congress is further limited to the caller's subtree (ICongressAccess).</summary>
internal static class BiometricsRoles
{
    public static readonly string[] Enrol = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];
    public static readonly string[] Read = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.CredentialsBoard];
    public static readonly string[] Identify = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];
}
