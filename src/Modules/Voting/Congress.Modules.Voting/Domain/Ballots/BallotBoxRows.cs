using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Domain.Ballots;

/// <summary>A delegate in the snapshot taken when a poll opened: who may vote in it, and their delegation (for the chair's progress).</summary>
internal sealed class EligibleVoter
{
    private EligibleVoter() { }

    public EligibleVoter(PollId pollId, Guid delegateId, string delegation)
    {
        PollId = pollId;
        DelegateId = delegateId;
        Delegation = delegation;
    }

    public PollId PollId { get; private set; }
    public Guid DelegateId { get; private set; }
    public string Delegation { get; private set; } = "";
}

/// <summary>
/// The register of who has voted in a poll: one row per delegate, and nothing else — no time, no sequence, no ballot id —
/// so that in a secret poll nothing links it to a row of the ballot box (<see cref="Ballot"/>).
/// </summary>
internal sealed class Voter
{
    private Voter() { }

    public Voter(PollId pollId, Guid delegateId)
    {
        PollId = pollId;
        DelegateId = delegateId;
    }

    public PollId PollId { get; private set; }
    public Guid DelegateId { get; private set; }
}

/// <summary>
/// A ballot in the box: the client-generated ballot id (the voter's receipt names it) and what was marked, and nothing
/// about who cast it or when. Kept in ballot-id order, which is random.
/// </summary>
internal sealed class Ballot
{
    private Ballot() { }

    public Ballot(PollId pollId, BallotContent content)
    {
        PollId = pollId;
        BallotId = content.BallotId;
        Selections = content.JoinedSelections;
    }

    public PollId PollId { get; private set; }
    public Guid BallotId { get; private set; }

    /// <summary>The marked choice keys, one per line (keys contain no whitespace).</summary>
    public string Selections { get; private set; } = "";

    public BallotContent ToContent() => BallotContent.FromJoined(BallotId, Selections);
}

/// <summary>In a named poll only: which delegate cast which ballot (secret polls never write here).</summary>
internal sealed class NamedBallot
{
    private NamedBallot() { }

    public NamedBallot(PollId pollId, Guid ballotId, Guid delegateId)
    {
        PollId = pollId;
        BallotId = ballotId;
        DelegateId = delegateId;
    }

    public PollId PollId { get; private set; }
    public Guid BallotId { get; private set; }
    public Guid DelegateId { get; private set; }
}

/// <summary>Who the secretariat has marked present, when no roll call (Attendance) is running for the congress.</summary>
internal sealed class ManualPresence
{
    private ManualPresence() { }

    public ManualPresence(Guid congressId, Guid delegateId)
    {
        CongressId = congressId;
        DelegateId = delegateId;
    }

    public Guid CongressId { get; private set; }
    public Guid DelegateId { get; private set; }
}

/// <summary>
/// A ballot in the box while its poll is open: sealed (AES-256-GCM under a key the database does not hold), found by a
/// keyed hash of its ballot id. The voter register row and this row are written in one transaction, and the database
/// marks both with it; sealed, the row tells nothing. At the close the box is opened: every sealed ballot becomes a
/// <see cref="Ballot"/> in the closing transaction, the sealed rows are deleted (docs/adr/0009).
/// </summary>
internal sealed class SealedBallot
{
    private SealedBallot() { }

    public SealedBallot(PollId pollId, byte[] tag, byte[] sealedContent)
    {
        PollId = pollId;
        Tag = tag;
        Sealed = sealedContent;
    }

    public PollId PollId { get; private set; }

    /// <summary>HMAC-SHA256 of the ballot id under the poll's key: one ballot id is one row, and the id stays unreadable.</summary>
    public byte[] Tag { get; private set; } = [];

    /// <summary>Nonce, ciphertext of the ballot id and selections, and the GCM tag.</summary>
    public byte[] Sealed { get; private set; } = [];
}
