using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Access;

/// <summary>Who may do what with a campaign's money. Requests declare these with their congress; the pipeline checks both.</summary>
internal static class FundraisingRoles
{
    /// <summary>Launch and close campaigns, decide disbursements: the organising committee.</summary>
    public static readonly string[] Manage = [Roles.SystemAdmin, Roles.OrganisingCommittee];

    /// <summary>Take pledges and money, count cash batches, import the bank statement: the secretariat too.</summary>
    public static readonly string[] Collect = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat];

    /// <summary>Read the books (receipts, pledges, bank lines, trial balance, findings): also the higher-level monitor.</summary>
    public static readonly string[] Books = [Roles.SystemAdmin, Roles.OrganisingCommittee, Roles.Secretariat, Roles.Monitor];

    /// <summary>See campaigns and their thermometer (totals only): every signed-in role, the projection screen and tablets included.</summary>
    public static readonly string[] Watch = [.. Roles.All];

    /// <summary>Pledge from the tablet.</summary>
    public static readonly string[] Give = [Roles.Delegate];
}
