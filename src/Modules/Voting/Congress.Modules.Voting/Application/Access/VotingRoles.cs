using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Access;

/// <summary>Who may do what in this module. Every poll is further limited to the caller's subtree.</summary>
internal static class VotingRoles
{
    /// <summary>The chair's side: create, open, close, count, publish, cancel, re-open, presence by hand.</summary>
    public static readonly string[] ManagePolls = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];
    public static readonly string[] ReadPolls =
        [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.CredentialsBoard, Roles.Delegate, Roles.Monitor, Roles.Observer];
    public static readonly string[] Cast = [Roles.Delegate];
}
