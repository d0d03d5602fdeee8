using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

internal enum PollVisibility
{
    /// <summary>Show of hands, counted by the tellers and entered as a <see cref="TellerCount"/>.</summary>
    Open,

    /// <summary>Electronic ballots, each kept with the delegate who cast it.</summary>
    NamedElectronic,

    /// <summary>Electronic ballots kept apart from who cast them; delegates get a receipt.</summary>
    SecretElectronic,
}
