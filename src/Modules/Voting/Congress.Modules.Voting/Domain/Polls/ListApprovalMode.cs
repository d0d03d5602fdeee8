using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

internal enum ListApprovalMode
{
    /// <summary>One For / Against / Abstain vote on the whole list.</summary>
    AsWhole,

    /// <summary>Each name approved (marked) or disapproved (not marked) on its own.</summary>
    NameByName,
}
