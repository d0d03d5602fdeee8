using Congress.Shared.Kernel;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

public class TellerCountTests
{
    private const int Eligible = 100;

    /// <summary>"election": 2 seats among c01..c03; "motion": For/Against/Abstain. "+blank" counts blank ballots as valid.</summary>
    private static (PollDefinition Definition, ElectionRules Rules) Poll(string poll) =>
        (poll.StartsWith("election", StringComparison.Ordinal) ? Build.Election(2, 3) : PollDefinition.Motion(),
         poll.EndsWith("+blank", StringComparison.Ordinal) ? ElectionRules.Default with { BlankBallot = BlankBallotTreatment.ValidBlank } : ElectionRules.Default);

    /// <summary>"c01=3,x=2" → { c01: 3, x: 2 }.</summary>
    private static Dictionary<string, int> Votes(string votes) =>
        votes.Split(',').Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => int.Parse(pair[1]));

    [Theory]
    // poll, collected, valid, invalid, blank, votes, error code
    [InlineData("election", 90, 80, 5, 0, "c01=80", "TellerCount.ValidPlusInvalidNotCollected")]
    [InlineData("election", 101, 101, 0, 0, "c01=80", "TellerCount.CollectedExceedsEligible")]
    [InlineData("election", 80, 80, 0, 0, "c01=81", "TellerCount.VotesExceedValid")]
    [InlineData("election", 80, 80, 0, 0, "c01=80,c02=80,c03=1", "TellerCount.MarksExceedLimit")] // more than valid × seats
    [InlineData("election", 80, 80, 0, 0, "c01=10,c09=1", "TellerCount.UnknownChoice")]
    [InlineData("election", 80, 80, 0, 0, "c01=-1", "TellerCount.NegativeCount")]
    [InlineData("election", 80, 80, -2, 0, "c01=1", "TellerCount.NegativeCount")]
    [InlineData("election", 80, 78, 2, 3, "c01=1", "TellerCount.BlankOutOfRange")] // blank ballots are part of the invalid ones
    [InlineData("election+blank", 80, 80, 0, 90, "c01=1", "TellerCount.BlankOutOfRange")]
    [InlineData("election+blank", 80, 80, 0, 10, "c01=71", "TellerCount.VotesExceedValid")] // only 70 ballots marked a name
    [InlineData("motion", 80, 80, 0, 0, "for=50,against=20,abstain=9", "TellerCount.ChoiceTotalNotValid")]
    [InlineData("motion", 80, 80, 0, 0, "for=50,against=20,abstain=11", "TellerCount.ChoiceTotalNotValid")]
    [InlineData("motion+blank", 80, 80, 0, 10, "for=50,against=20,abstain=10", "TellerCount.ChoiceTotalNotValid")]
    public void An_inconsistent_count_is_refused(string poll, int collected, int valid, int invalid, int blank, string votes, string code)
    {
        var (definition, rules) = Poll(poll);

        var result = new TellerCount(collected, valid, invalid, blank, Votes(votes)).Validate(definition, rules, Eligible);

        result.Error!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("election", 100, 95, 5, 0, "c01=95,c02=95,c03=0")] // exactly valid × seats, all eligible voted
    [InlineData("election", 80, 78, 2, 2, "c01=40")]
    [InlineData("election+blank", 80, 80, 0, 10, "c01=70,c02=70")]
    [InlineData("motion", 80, 80, 0, 0, "for=50,against=20,abstain=10")]
    [InlineData("motion+blank", 80, 80, 0, 10, "for=50,against=20,abstain=0")]
    [InlineData("motion", 0, 0, 0, 0, "for=0")]
    public void A_consistent_count_is_accepted(string poll, int collected, int valid, int invalid, int blank, string votes)
    {
        var (definition, rules) = Poll(poll);

        var result = new TellerCount(collected, valid, invalid, blank, Votes(votes)).Validate(definition, rules, Eligible);

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
    }

    [Fact]
    public void The_message_is_in_Vietnamese_first()
    {
        var result = new TellerCount(10, 8, 1, 0, Votes("c01=1")).Validate(Build.Election(2, 3), ElectionRules.Default, Eligible);

        result.Error!.Message.Should().StartWith("Số phiếu hợp lệ cộng số phiếu không hợp lệ phải bằng số phiếu thu về");
    }

    [Fact]
    public void The_tally_refuses_an_inconsistent_count()
    {
        var result = PollTally.Tally(Build.Election(2, 3), ElectionRules.Default, new Electorate(10, 10), Build.Count(11, Votes("c01=1")));

        result.Error!.Code.Should().Be("TellerCount.CollectedExceedsEligible");
    }
}
