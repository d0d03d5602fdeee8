using Congress.Shared.Kernel;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

public class MotionTallyTests
{
    private static Dictionary<string, int> MotionVotes(int @for, int against, int abstain) =>
        new() { ["for"] = @for, ["against"] = against, ["abstain"] = abstain };

    [Theory]
    // for, against, abstain (a show of hands counted by the tellers), majority base, eligible, present, passed
    [InlineData(51, 49, 0, "ValidBallots", 120, 120, true)]
    [InlineData(50, 50, 0, "ValidBallots", 120, 120, false)] // exactly half
    [InlineData(50, 40, 10, "ValidBallots", 120, 120, false)] // abstentions are valid ballots
    [InlineData(51, 30, 19, "ValidBallots", 120, 120, true)]
    [InlineData(60, 10, 0, "EligibleDelegates", 120, 110, false)] // exactly half of the eligible
    [InlineData(61, 10, 0, "EligibleDelegates", 120, 110, true)]
    [InlineData(55, 5, 0, "PresentDelegates", 120, 110, false)] // exactly half of the present
    [InlineData(56, 4, 0, "PresentDelegates", 120, 110, true)]
    public void A_motion_passes_with_strictly_more_than_half_of_the_configured_base(
        int @for, int against, int abstain, string majorityBase, int eligible, int present, bool passed)
    {
        var rules = ElectionRules.Default with { MotionMajorityBase = Enum.Parse<MajorityBase>(majorityBase) };
        var count = Build.Count(@for + against + abstain, MotionVotes(@for, against, abstain));

        var result = PollTally.Tally(PollDefinition.Motion(), rules, new Electorate(eligible, present), count).Value;

        result.Outcome.Passed.Should().Be(passed);
        result.Outcome.Elected.Should().BeEmpty();
    }

    [Theory]
    // ballot, blank treatment, valid, invalid, blank
    [InlineData("for", "Invalid", 1, 0, 0)]
    [InlineData("abstain", "Invalid", 1, 0, 0)]
    [InlineData("for,against", "Invalid", 0, 1, 0)] // more than one option
    [InlineData("", "Invalid", 0, 1, 1)]
    [InlineData("", "ValidBlank", 1, 0, 1)]
    public void Motion_ballot_validity(string ballot, string blankBallot, int valid, int invalid, int blank)
    {
        var rules = ElectionRules.Default with { BlankBallot = Enum.Parse<BlankBallotTreatment>(blankBallot) };

        var result = PollTally.Tally(PollDefinition.Motion(), rules, new Electorate(10, 10), [Build.Ballot(ballot)]);

        result.Should().BeEquivalentTo(new { BallotsCast = 1, Valid = valid, Invalid = invalid, Blank = blank });
    }

    [Fact]
    public void Motion_result_lists_the_three_options_with_their_share_of_the_valid_ballots()
    {
        var result = PollTally.Tally(PollDefinition.Motion(), ElectionRules.Default, new Electorate(10, 10), Build.Ballots("for|for|against|abstain|for,abstain"));

        result.Choices.Select(choice => (choice.Choice.Label, choice.Votes, choice.PercentOfValid))
            .Should().Equal(("Tán thành", 2, 50m), ("Không tán thành", 1, 25m), ("Không biểu quyết", 1, 25m));
        result.Outcome.Passed.Should().BeFalse();
    }
}
