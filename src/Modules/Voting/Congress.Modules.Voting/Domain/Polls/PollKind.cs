using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

internal enum PollKind
{
    /// <summary>A question answered For / Against / Abstain.</summary>
    Motion,

    /// <summary>A list of names approved as a whole or name by name (e.g. the presidium, the secretariat).</summary>
    ListApproval,

    /// <summary>N seats filled from a list of candidates; each ballot keeps or strikes names.</summary>
    Election,
}
