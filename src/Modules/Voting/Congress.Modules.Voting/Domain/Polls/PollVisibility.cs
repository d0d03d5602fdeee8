using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>
/// How a poll is cast and counted, fixed when it is created — before anything is cast — so where its result comes from is
/// never a choice made after the box is full: an electronic poll is counted from its ballots only; a show of hands or a
/// paper ballot is counted by the tellers, and takes no electronic ballot.
/// </summary>
internal enum PollVisibility
{
    /// <summary>Show of hands, counted by the tellers and entered as a <see cref="TellerCount"/>.</summary>
    Open,

    /// <summary>Electronic ballots, each kept with the delegate who cast it.</summary>
    NamedElectronic,

    /// <summary>Electronic ballots kept apart from who cast them; delegates get a receipt.</summary>
    SecretElectronic,

    /// <summary>Secret paper ballots in the hall, counted by the tellers and entered as a <see cref="TellerCount"/>.</summary>
    SecretPaper,
}

internal static class PollVisibilities
{
    /// <summary>Whether the poll takes electronic ballots, and is counted from them alone (never from a tellers' count).</summary>
    public static bool IsElectronic(this PollVisibility visibility) => visibility is PollVisibility.NamedElectronic or PollVisibility.SecretElectronic;

    /// <summary>Whether nobody may learn how a delegate voted.</summary>
    public static bool IsSecret(this PollVisibility visibility) => visibility is PollVisibility.SecretElectronic or PollVisibility.SecretPaper;
}
