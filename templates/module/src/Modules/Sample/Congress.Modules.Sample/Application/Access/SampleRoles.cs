using Congress.Shared.Kernel;

namespace Congress.Modules.Sample.Application.Access;

/// <summary>Who may do what in this module. Requests declare these with their congress; the pipeline checks both.</summary>
internal static class SampleRoles
{
    public static readonly string[] Write = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];
    public static readonly string[] Read = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.Monitor, Roles.Observer];
}
