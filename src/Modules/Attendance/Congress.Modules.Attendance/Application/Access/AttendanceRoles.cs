using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.Access;

/// <summary>Who may do what in this module. Every congress is further limited to the caller's subtree (ICongressAccess).</summary>
internal static class AttendanceRoles
{
    /// <summary>Open and close sessions, manual check-in with a reason, quorum rule, reconciliation.</summary>
    public static readonly string[] Manage = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];

    /// <summary>The gates: a kiosk signs in with an organising-committee or secretariat account (no separate gate role exists).</summary>
    public static readonly string[] Gate = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];

    /// <summary>Read the roll call, the quorum, the history and the findings.</summary>
    public static readonly string[] Read = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.CredentialsBoard, Roles.Monitor];
}
