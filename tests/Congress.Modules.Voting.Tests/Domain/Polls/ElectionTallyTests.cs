using Congress.Shared.Kernel;
using System.Globalization;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

public class ElectionTallyTests
{
    private static readonly Electorate Electorate = new(Eligible: 1000, Present: 1000);

    private static PollResult TallyCount(int seats, int valid, string votes, ElectionRules? rules = null)
    {
        var votesByCandidate = Build.CandidateVotes(votes);
        return PollTally.Tally(Build.Election(seats, votesByCandidate.Count), rules ?? ElectionRules.Default, Electorate, Build.Count(valid, votesByCandidate)).Value;
    }

    [Fact]
    public void Nineteen_seats_from_twenty_one_candidates_elects_the_nineteen_best_over_half_in_order_of_votes()
    {
        // c01 = 100 (exactly half of 200), c02 = 105, …, c21 = 200: twenty are over half, only nineteen seats.
        var votes = string.Join(',', Enumerable.Range(1, 21).Select(i => 95 + (5 * i)));

        var result = TallyCount(seats: 19, valid: 200, votes);

        Build.KeysOf(result.Outcome.Elected).Should().Be(string.Join(',', Enumerable.Range(3, 19).Reverse().Select(i => $"c{i:00}")));
        result.Outcome.Passed.Should().BeTrue();
        result.Outcome.FurtherRound.Should().BeNull();
    }

    [Fact]
    public void Nineteen_seats_with_three_tied_for_the_last_two_seats_needs_a_further_round_among_exactly_the_tied()
    {
        // c01..c17 = 190..174, c18..c20 = 150 each, c21 = 90; 200 valid ballots.
        var votes = string.Join(',', Enumerable.Range(0, 17).Select(i => 190 - i).Concat([150, 150, 150, 90]));

        var result = TallyCount(seats: 19, valid: 200, votes);

        result.Outcome.Elected.Should().HaveCount(17);
        Build.KeysOf(result.Outcome.Elected).Should().Be(string.Join(',', Enumerable.Range(1, 17).Select(i => $"c{i:00}")));
        result.Outcome.FurtherRound.Should().BeEquivalentTo(new
        {
            Reason = FurtherRoundReason.TieForLastSeats,
            Seats = 2,
            Candidates = Build.Candidates(21).Skip(17).Take(3),
        });
        result.Outcome.Passed.Should().BeFalse();
    }

    [Fact]
    public void Nineteen_seats_with_only_seventeen_over_half_is_a_shortfall_of_two_among_the_four_not_elected()
    {
        // c01..c17 = 150, c18 = 100 (exactly half), c19..c21 = 99, 80, 60.
        var votes = string.Join(',', Enumerable.Repeat(150, 17).Concat([100, 99, 80, 60]));

        var result = TallyCount(seats: 19, valid: 200, votes);

        result.Outcome.Elected.Should().HaveCount(17);
        result.Outcome.FurtherRound.Should().BeEquivalentTo(new
        {
            Reason = FurtherRoundReason.Shortfall,
            Seats = 2,
            Candidates = Build.Candidates(21).Skip(17),
        });
    }

    [Theory]
    // seats, valid, votes c01.., elected in order, further round reason, its seats, its candidates
    [InlineData(3, 10, "8,8,8,2", "c01,c02,c03", "", 0, "")] // a tie that fits in the seats elects all of them
    [InlineData(2, 11, "6,9,7", "c02,c03", "", 0, "")] // votes descending, best two
    [InlineData(3, 10, "6,8,8,2", "c02,c03,c01", "", 0, "")] // equal votes keep ballot order
    [InlineData(3, 14, "13,9,9,9,2", "c01", "TieForLastSeats", 2, "c02,c03,c04")]
    [InlineData(2, 13, "3,7,9,7", "c03", "TieForLastSeats", 1, "c02,c04")]
    [InlineData(3, 10, "8,6,5,5,2", "c01,c02", "Shortfall", 1, "c03,c04,c05")]
    [InlineData(2, 10, "8,5,5", "c01", "Shortfall", 1, "c02,c03")] // a tie at exactly half is no tie over the threshold
    [InlineData(2, 10, "4,9,2", "c02", "Shortfall", 1, "c01,c03")] // remaining candidates in ballot order
    [InlineData(2, 10, "3,2,1", "", "Shortfall", 2, "c01,c02,c03")]
    public void Election_outcome(int seats, int valid, string votes, string elected, string reason, int furtherSeats, string furtherCandidates)
    {
        var outcome = TallyCount(seats, valid, votes).Outcome;

        Build.KeysOf(outcome.Elected).Should().Be(elected);
        outcome.Passed.Should().Be(reason.Length == 0);
        (outcome.FurtherRound?.Reason.ToString() ?? "").Should().Be(reason);
        (outcome.FurtherRound?.Seats ?? 0).Should().Be(furtherSeats);
        Build.KeysOf(outcome.FurtherRound?.Candidates ?? []).Should().Be(furtherCandidates);
    }

    [Theory]
    [InlineData(10, 5, false)] // exactly half
    [InlineData(10, 6, true)]
    [InlineData(11, 5, false)]
    [InlineData(11, 6, true)]
    [InlineData(1, 1, true)]
    [InlineData(2, 1, false)]
    public void A_candidate_needs_strictly_more_than_half_of_the_valid_ballots(int valid, int votes, bool elected)
    {
        var result = TallyCount(seats: 1, valid, $"{votes},0");

        result.Outcome.Elected.Select(candidate => candidate.Key).Contains("c01").Should().Be(elected);
    }

    [Theory]
    [InlineData("ValidBallots", true)]
    [InlineData("EligibleDelegates", false)] // 120 of 300 eligible
    [InlineData("PresentDelegates", true)] // 120 of 200 present
    public void The_majority_base_of_an_election_is_configurable(string majorityBase, bool elected)
    {
        var rules = ElectionRules.Default with { ElectionMajorityBase = Enum.Parse<MajorityBase>(majorityBase) };
        var votes = Build.CandidateVotes("120,30");

        var result = PollTally.Tally(Build.Election(1, 2), rules, new Electorate(Eligible: 300, Present: 200), Build.Count(150, votes)).Value;

        result.Outcome.Elected.Any().Should().Be(elected);
    }

    [Theory]
    // ballot (kept names), blank treatment, valid, invalid, blank
    [InlineData("c01,c02", "Invalid", 1, 0, 0)]
    [InlineData("c03", "Invalid", 1, 0, 0)]
    [InlineData("c01,c02,c03", "Invalid", 0, 1, 0)] // more names kept than seats
    [InlineData("c01,c02,c03", "ValidBlank", 0, 1, 0)]
    [InlineData("", "Invalid", 0, 1, 1)] // no names kept
    [InlineData("", "ValidBlank", 1, 0, 1)]
    public void Ballot_validity(string keptNames, string blankBallot, int valid, int invalid, int blank)
    {
        var rules = ElectionRules.Default with { BlankBallot = Enum.Parse<BlankBallotTreatment>(blankBallot) };

        var result = PollTally.Tally(Build.Election(2, 3), rules, Electorate, [Build.Ballot(keptNames)]);

        result.Should().BeEquivalentTo(new { BallotsCast = 1, Valid = valid, Invalid = invalid, Blank = blank });
    }

    [Fact]
    public void A_ballot_keeping_more_names_than_seats_counts_for_nobody()
    {
        var result = PollTally.Tally(Build.Election(2, 3), ElectionRules.Default, Electorate, Build.Ballots("c01,c02,c03|c01"));

        result.Choices.Select(choice => choice.Votes).Should().Equal(1, 0, 0);
    }

    [Theory]
    [InlineData("Invalid", true, "100")] // 2 of 2 valid
    [InlineData("ValidBlank", false, "50")] // 2 of 4 valid: exactly half
    public void Blank_ballots_counted_as_valid_raise_the_majority_needed(string blankBallot, bool elected, string percent)
    {
        var rules = ElectionRules.Default with { BlankBallot = Enum.Parse<BlankBallotTreatment>(blankBallot) };

        var result = PollTally.Tally(Build.Election(1, 2), rules, Electorate, Build.Ballots("c01|c01||"));

        result.Outcome.Elected.Any().Should().Be(elected);
        result.Choices[0].PercentOfValid.Should().Be(decimal.Parse(percent, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(2, 3, "66.67")]
    [InlineData(1, 3, "33.33")]
    [InlineData(1, 8, "12.5")]
    [InlineData(1, 800, "0.13")] // 0.125: half away from zero, not to even
    [InlineData(3, 3, "100")]
    [InlineData(0, 0, "0")]
    public void Percentages_are_of_the_valid_ballots_rounded_half_away_from_zero_to_two_decimals(int votes, int valid, string percent)
    {
        var result = TallyCount(seats: 1, valid, $"{votes},0");

        result.Choices[0].PercentOfValid.Should().Be(decimal.Parse(percent, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Electronic_ballots_are_counted_per_candidate_in_ballot_order()
    {
        var result = PollTally.Tally(Build.Election(2, 3), ElectionRules.Default, new Electorate(5, 4), Build.Ballots("c01,c02|c02,c03|c02|c03|"));

        result.Should().BeEquivalentTo(new { Eligible = 5, Present = 4, BallotsCast = 5, Valid = 4, Invalid = 1, Blank = 1 });
        result.Choices.Select(choice => (choice.Choice.Key, choice.Votes, choice.PercentOfValid))
            .Should().Equal(("c01", 1, 25m), ("c02", 3, 75m), ("c03", 2, 50m));
        Build.KeysOf(result.Outcome.Elected).Should().Be("c02");
        result.Outcome.FurtherRound!.Reason.Should().Be(FurtherRoundReason.Shortfall);
    }
}
