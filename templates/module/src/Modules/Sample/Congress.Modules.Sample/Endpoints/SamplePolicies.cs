using Congress.Shared.Kernel;

namespace Congress.Modules.Sample.Endpoints;

/// <summary>Who may do what in this module. Every query and change is further limited to the caller's subtree (ICongressAccess).</summary>
internal static class SamplePolicies
{
    public static readonly string[] Write = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];
    public static readonly string[] Read = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.Monitor, Roles.Observer];
}
