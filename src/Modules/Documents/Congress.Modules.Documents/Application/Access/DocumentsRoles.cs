using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Access;

/// <summary>Who may do what in this module. Requests declare these with their congress or document; handlers add the audience check.</summary>
internal static class DocumentsRoles
{
    /// <summary>Upload, publish new versions, set audiences and the presidium: the congress's staff.</summary>
    public static readonly string[] Manage = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];

    /// <summary>Read, search, view: everyone signed in, each narrowed by classification and audience (<see cref="DocumentVisibility"/>).</summary>
    public static readonly string[] Read =
        [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.CredentialsBoard, Roles.Delegate, Roles.Monitor, Roles.Observer];

    /// <summary>Comment on the sections of a draft the caller may read: delegates, and the staff.</summary>
    public static readonly string[] Comment = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.Delegate];

    /// <summary>
    /// Register a tablet, fetch and verify its packages: the delegate for their own tablet, the staff for any delegate's
    /// (the organising committee preinstalls tablets). Revoking one is <see cref="Manage"/>. docs/adr/0024.
    /// </summary>
    public static readonly string[] Tablet = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.Delegate];

    /// <summary>
    /// Enter speech transcripts, draft, edit and publish the synthesis of what was said: the drafting team, which in this
    /// platform is the congress's staff — there is no drafting-team role (docs/adr/0028).
    /// </summary>
    public static readonly string[] Synthesis = Manage;

    /// <summary>Read a published synthesis: the staff, and delegates — narrowed by the handler to the presidium of the congress (docs/adr/0028).</summary>
    public static readonly string[] ReadSynthesis = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.Delegate];

    /// <summary>Link a document to an agenda item of its congress, or clear the link.</summary>
    public static readonly string[] AttachToAgenda = Manage;

    /// <summary>Trace a leaked copy back to its recipient.</summary>
    public static readonly string[] Trace = [Roles.SystemAdmin, Roles.OrganisingCommittee];
}
