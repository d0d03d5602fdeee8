using Congress.Shared.Kernel;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

public class FurtherRoundTests
{
    [Theory]
    // seats, valid, votes c01.., seats and candidates of the next round
    [InlineData(3, 14, "13,9,9,9,2", 2, "c02,c03,c04")] // tie for the last two seats
    [InlineData(2, 13, "3,7,9,7", 1, "c02,c04")]
    [InlineData(3, 10, "8,6,5,5,2", 1, "c03,c04,c05")] // shortfall: everyone not elected
    [InlineData(2, 10, "3,2,1", 2, "c01,c02,c03")]
    public void A_further_round_is_an_election_among_the_tied_or_not_elected_for_the_remaining_seats(
        int seats, int valid, string votes, int nextSeats, string nextCandidates)
    {
        var rules = ElectionRules.Default with { BlankBallot = BlankBallotTreatment.ValidBlank };
        var firstRound = Build.PublishedElection(seats, valid, votes, rules);

        var next = Poll.CreateFurtherRound("Bầu bổ sung – vòng 2", firstRound, Build.Now).Value;

        next.Should().BeEquivalentTo(new
        {
            Title = "Bầu bổ sung – vòng 2",
            Status = PollStatus.Draft,
            RoundNumber = 2,
            PreviousRoundPollId = firstRound.Id,
            Visibility = PollVisibility.SecretPaper, // as the round before
            Rules = rules,
        });
        next.Definition.Kind.Should().Be(PollKind.Election);
        next.Definition.Seats.Should().Be(nextSeats);
        Build.KeysOf(next.Definition.Names).Should().Be(nextCandidates);
    }

    [Fact]
    public void A_third_round_follows_the_second()
    {
        var firstRound = Build.PublishedElection(3, 14, "13,9,9,9,2");
        var secondRound = Poll.CreateFurtherRound("Vòng 2", firstRound, Build.Now).Value;
        var delegates = Build.Delegates(14);
        secondRound.Open(delegates.Count, Build.Now).IsSuccess.Should().BeTrue();
        secondRound.Close(delegates.Count, 0, Build.Now.AddMinutes(5)).IsSuccess.Should().BeTrue();
        secondRound.RecordTellerCount(Build.Count(14, new Dictionary<string, int> { ["c02"] = 10, ["c03"] = 5, ["c04"] = 5 })).IsSuccess.Should().BeTrue();
        secondRound.Publish([], 0, Build.Now.AddMinutes(6)).IsSuccess.Should().BeTrue();

        var thirdRound = Poll.CreateFurtherRound("Vòng 3", secondRound, Build.Now).Value;

        thirdRound.RoundNumber.Should().Be(3);
        thirdRound.PreviousRoundPollId.Should().Be(secondRound.Id);
        thirdRound.Definition.Seats.Should().Be(1);
        Build.KeysOf(thirdRound.Definition.Names).Should().Be("c03,c04");
    }

    [Fact]
    public void No_further_round_after_a_round_that_filled_every_seat()
    {
        var firstRound = Build.PublishedElection(2, 10, "8,6,5");

        Poll.CreateFurtherRound("Vòng 2", firstRound, Build.Now).Error!.Code.Should().Be("Poll.NoFurtherRoundNeeded");
    }

    [Fact]
    public void No_further_round_of_a_motion()
    {
        var motion = Build.NewPoll(PollDefinition.Motion());
        var delegates = Build.Delegates(2);
        motion.Open(delegates.Count, Build.Now);
        motion.Close(delegates.Count, 0, Build.Now.AddMinutes(1));
        motion.Publish([], 0, Build.Now.AddMinutes(2));

        Poll.CreateFurtherRound("Vòng 2", motion, Build.Now).Error!.Code.Should().Be("Poll.NoFurtherRoundNeeded");
    }

    [Fact]
    public void No_further_round_before_the_result_is_published()
    {
        var poll = Build.NewPoll(Build.Election(2, 3));
        var delegates = Build.Delegates(10);
        poll.Open(delegates.Count, Build.Now);
        poll.Close(delegates.Count, 0, Build.Now.AddMinutes(1));

        Poll.CreateFurtherRound("Vòng 2", poll, Build.Now).Error!.Code.Should().Be("Poll.InvalidStatus");
    }
}
