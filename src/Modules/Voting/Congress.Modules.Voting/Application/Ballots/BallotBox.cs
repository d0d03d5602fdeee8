using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Voting.Application.Ballots;

/// <summary>
/// The one writer of the voter register and the ballot box. Casts queue here and are committed together (group commit):
/// a few reads and one transaction for however many ballots arrived meanwhile, and a ballot is acknowledged only once it
/// is committed. Ballots go into the box sealed (<see cref="BallotSeal"/>): the transaction that wrote a register row and
/// a ballot marks both, and a sealed ballot says nothing; register rows and ballots are also shuffled separately (docs/adr/0009).
/// <para>
/// Whether a poll takes ballots is the database's to say, never this host's memory: the cast screens against a copy of the
/// poll at most a second old (<see cref="OpenPolls"/>) and each batch checks, inside its own transaction, that the poll is
/// open (<see cref="PollLocks"/>). So a close, a re-open or a cancellation made on any host holds here too, and nothing
/// done here to a poll that is not open (a close of a draft, say) leaves this host refusing its ballots later.
/// </para>
/// </summary>
internal sealed class BallotBox : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly IServiceScopeFactory _scopes;
    private readonly BallotSeal _seal;
    private readonly GroupCommit<Pending, Result<CastOutcome>> _writer;

    public BallotBox(IServiceScopeFactory scopes, BallotSeal seal, ILogger<BallotBox> logger)
    {
        _scopes = scopes;
        _seal = seal;
        _writer = new GroupCommit<Pending, Result<CastOutcome>>(batch => WriteAsync(batch), MaxBatch, logger);
    }

    /// <summary>Queues a ballot the poll has accepted and waits until it is committed or refused.</summary>
    public Task<Result<CastOutcome>> CastAsync(Poll poll, Guid delegateId, BallotContent ballot) =>
        _writer.WriteAsync(new Pending(poll.Id, poll, delegateId, ballot, _seal.Seal(poll, ballot))); // sealed here, in parallel, not by the one writer

    /// <summary>
    /// What the writer knows of an open poll: the eligibility snapshot (fixed when the poll opened), who has voted and the
    /// ballot ids in the box. Loaded from the database once, then kept up to date by the writer itself, so a batch costs
    /// one insert and no reads. Another node writing the same poll shows up as a key conflict, which reloads it; a batch that
    /// finds the poll not open drops it, so a poll re-opened (here or elsewhere) is read afresh.
    /// </summary>
    private sealed class PollState
    {
        public required HashSet<Guid> Eligible { get; init; }
        public required HashSet<Guid> Voted { get; init; }
        public required Dictionary<Guid, string> Boxed { get; init; }
    }

    private readonly Dictionary<PollId, PollState> _states = [];

    private async Task<PollState> StateAsync(VotingDbContext db, PollId pollId)
    {
        if (_states.TryGetValue(pollId, out var known)) return known;
        var state = new PollState
        {
            Eligible = (await db.EligibleVoters.AsNoTracking().Where(e => e.PollId == pollId).Select(e => e.DelegateId).ToListAsync()).ToHashSet(),
            Voted = (await db.Voters.AsNoTracking().Where(v => v.PollId == pollId).Select(v => v.DelegateId).ToListAsync()).ToHashSet(),
            Boxed = (await _seal.ReadBoxAsync(db, pollId, default)).ToDictionary(b => b.BallotId, b => b.JoinedSelections),
        };
        return _states[pollId] = state;
    }

    /// <summary>
    /// The state is read in two statements, the register and then the box; on PostgreSQL each sees what was committed when it
    /// began, so a ballot another node committed between them is in the box without its voter. A ballot id found in the box
    /// for a delegate not in the register is therefore checked against the register again (after the box read, so the voter
    /// row of that commit is seen): a re-send of a ballot another node took, not a stolen ballot id.
    /// </summary>
    private static async Task<bool> VotedBetweenTheReadsAsync(VotingDbContext db, PollState state, Pending item)
    {
        if (!state.Boxed.ContainsKey(item.Ballot.BallotId)) return false;
        if (!await db.Voters.AnyAsync(v => v.PollId == item.PollId && v.DelegateId == item.DelegateId)) return false;
        state.Voted.Add(item.DelegateId);
        return true;
    }

    private async Task WriteAsync(IReadOnlyList<GroupCommit<Pending, Result<CastOutcome>>.Entry> batch, bool retrying = false)
    {
        if (batch.Count == 0) return;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VotingDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false; // rows are only ever added here: nothing to compare
        var outcomes = new List<(GroupCommit<Pending, Result<CastOutcome>>.Entry Entry, Result<CastOutcome> Outcome)>();
        var voters = new List<Voter>();
        var ballots = new List<SealedBallot>();
        var named = new List<NamedBallot>();
        var touched = new List<(PollState State, Guid DelegateId, Guid BallotId)>();

        // One read per batch: a poll closed meanwhile (here or on another host) takes none of these ballots, and none
        // closes until this batch is in (PollLocks).
        await using var transaction = await db.Database.BeginTransactionAsync();
        var open = await PollLocks.OpenForBallotsAsync(db, batch.Select(e => e.Item.PollId).Distinct().ToList(), default);
        foreach (var entry in batch)
        {
            var item = entry.Item;
            if (!open.Contains(item.PollId))
            {
                _states.Remove(item.PollId);
                outcomes.Add((entry, PollErrors.InvalidStatus("bỏ phiếu", PollStatus.Closed)));
                continue;
            }
            var state = await StateAsync(db, item.PollId);
            var selections = item.Ballot.JoinedSelections;
            Result<CastOutcome> outcome;
            if (!state.Eligible.Contains(item.DelegateId)) outcome = PollErrors.NotEligible;
            else if (state.Voted.Contains(item.DelegateId) || await VotedBetweenTheReadsAsync(db, state, item))
                outcome = state.Boxed.TryGetValue(item.Ballot.BallotId, out var kept) && kept == selections
                    ? new CastOutcome(AlreadyRecorded: true) // a retry of a ballot already in the box
                    : PollErrors.AlreadyVoted;
            else if (state.Boxed.ContainsKey(item.Ballot.BallotId)) outcome = PollErrors.DuplicateBallotId;
            else
            {
                state.Voted.Add(item.DelegateId);
                state.Boxed[item.Ballot.BallotId] = selections;
                touched.Add((state, item.DelegateId, item.Ballot.BallotId));
                voters.Add(new Voter(item.PollId, item.DelegateId));
                ballots.Add(item.Sealed);
                if (item.Poll.Visibility == PollVisibility.NamedElectronic) named.Add(new NamedBallot(item.PollId, item.Ballot.BallotId, item.DelegateId));
                outcome = new CastOutcome(AlreadyRecorded: false);
            }
            outcomes.Add((entry, outcome));
        }

        Random.Shared.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(voters));
        Random.Shared.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ballots));
        db.Voters.AddRange(voters);
        db.SealedBallots.AddRange(ballots);
        db.NamedBallots.AddRange(named);
        try
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DbUpdateException) when (!retrying)
        {
            // Another node wrote one of these delegates or ballot ids meanwhile: forget what this node thought it knew and
            // settle each ballot on its own, against what is in the database now.
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear(); // the sealed rows are added again, one by one, by fresh contexts
            foreach (var pollId in batch.Select(e => e.Item.PollId).Distinct()) _states.Remove(pollId);
            foreach (var entry in batch) await WriteAsync([entry], retrying: true);
            return;
        }
        catch
        {
            foreach (var (state, delegateId, ballotId) in touched) { state.Voted.Remove(delegateId); state.Boxed.Remove(ballotId); }
            throw;
        }
        foreach (var (entry, outcome) in outcomes) entry.Complete(outcome);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <param name="Poll">The poll as the cast screened it.</param>
    private sealed record Pending(PollId PollId, Poll Poll, Guid DelegateId, BallotContent Ballot, SealedBallot Sealed);
}

/// <param name="AlreadyRecorded">The same ballot had been recorded before (a retry): nothing new was written.</param>
internal sealed record CastOutcome(bool AlreadyRecorded);
