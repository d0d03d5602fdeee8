using Congress.Shared.Kernel;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

/// <summary>Test data in the compact forms the tables use.</summary>
internal static class Build
{
    public static readonly DateTime Now = new(2025, 10, 14, 1, 0, 0, DateTimeKind.Utc);

    /// <summary>c01, c02, … in ballot order.</summary>
    public static IReadOnlyList<PollOption> Candidates(int count) =>
        Enumerable.Range(1, count).Select(i => new PollOption($"c{i:00}", $"Ứng cử viên {i:00}")).ToList();

    public static PollDefinition Election(int seats, int candidates) => PollDefinition.Election(seats, Candidates(candidates)).Value;

    /// <summary>"13,9,9" → c01 = 13, c02 = 9, c03 = 9.</summary>
    public static Dictionary<string, int> CandidateVotes(string votes) =>
        votes.Split(',').Select((count, i) => (Key: $"c{i + 1:00}", Votes: int.Parse(count))).ToDictionary(x => x.Key, x => x.Votes);

    /// <summary>"c01,c03" → ["c01", "c03"]; "" → none.</summary>
    public static string[] Keys(string keys) => keys.Length == 0 ? [] : keys.Split(',');

    public static BallotContent Ballot(string keys) => new(Guid.NewGuid(), Keys(keys));

    /// <summary>"c01,c02|c01||c03" → four ballots, the third blank.</summary>
    public static List<BallotContent> Ballots(string ballots) => ballots.Split('|').Select(Ballot).ToList();

    public static TellerCount Count(int valid, IReadOnlyDictionary<string, int> votes, int invalid = 0, int blank = 0) =>
        new(valid + invalid, valid, invalid, blank, votes);

    public static List<Guid> Delegates(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();

    public static Poll NewPoll(PollDefinition definition, PollVisibility visibility = PollVisibility.SecretElectronic, ElectionRules? rules = null) =>
        Poll.Create(Guid.NewGuid(), "Biểu quyết thử", definition, visibility, rules ?? ElectionRules.Default, Now).Value;

    /// <summary>A published secret paper election counted from the tellers' count <paramref name="votes"/>.</summary>
    public static Poll PublishedElection(int seats, int valid, string votes, ElectionRules? rules = null)
    {
        var votesByCandidate = CandidateVotes(votes);
        var poll = NewPoll(Election(seats, votesByCandidate.Count), PollVisibility.SecretPaper, rules);
        var delegates = Delegates(valid);
        poll.Open(delegates.Count, Now).IsSuccess.Should().BeTrue();
        poll.Close(delegates.Count, 0, Now.AddMinutes(10)).IsSuccess.Should().BeTrue();
        poll.RecordTellerCount(Count(valid, votesByCandidate)).IsSuccess.Should().BeTrue();
        poll.Publish([], 0, Now.AddMinutes(20)).IsSuccess.Should().BeTrue();
        return poll;
    }

    public static string KeysOf(IEnumerable<PollOption> options) => string.Join(',', options.Select(option => option.Key));
}
