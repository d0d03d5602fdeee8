using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Access;

/// <summary>Who may do what in this module. Requests declare these with their congress; the pipeline checks both.</summary>
internal static class AgendaRoles
{
    /// <summary>The chair's side: the programme, the speakers' list and timer, the decisions (organising committee, secretariat).</summary>
    public static readonly string[] Chair = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];

    /// <summary>The programme and the speakers' list: everyone of the congress, delegates of their own congress only.</summary>
    public static readonly string[] ReadProgramme = [.. Roles.All];

    /// <summary>Totals of speaking time and the congress's bodies: officials, not the delegates' tablets.</summary>
    public static readonly string[] ReadRecords =
        [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.CredentialsBoard, Roles.Monitor, Roles.Observer];

    /// <summary>Asking to speak from the tablet.</summary>
    public static readonly string[] Speak = [Roles.Delegate];
}
