using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Access;

/// <summary>
/// Who may do what in Reporting. Every request also names the organisation it touches, so the pipeline keeps each
/// official to their own subtree (view scope); capture additionally needs the caller's OWN organisation (see CaptureScope).
/// </summary>
internal static class ReportingRoles
{
    /// <summary>Enter the own organisation's progress and results.</summary>
    public static readonly string[] Capture = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];

    /// <summary>Read roll-ups, reports, missing lists and reminders of the own subtree.</summary>
    public static readonly string[] Read = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.Monitor];

    /// <summary>Approve the own level's report; reopen a level below.</summary>
    public static readonly string[] Approve = [Roles.SystemAdmin, Roles.OrganisingCommittee];

    /// <summary>
    /// Report a difficulty for the own organisation, follow it up, close it; and, for the province it went to or the centre
    /// once escalated, answer or escalate it (which tier the caller acts in is the handler's check, see DifficultyAccess).
    /// </summary>
    public static readonly string[] Difficulties = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];

    /// <summary>Maintenance run by jobs and operators: the tree's read model, the reminder list.</summary>
    public static readonly string[] Maintain = [Roles.SystemAdmin];
}
