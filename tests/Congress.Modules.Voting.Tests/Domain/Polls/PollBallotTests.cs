using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

/// <summary>
/// What the poll itself decides about a ballot: open, in time, well-formed. Who may cast it (eligible, once) is the
/// ballot box's to decide against the register: see Integration/BallotBoxTests.
/// </summary>
public class PollBallotTests
{
    private static readonly DateTime Now = Build.Now;

    private static Poll OpenPoll(PollDefinition definition, PollVisibility visibility = PollVisibility.SecretElectronic, DateTime? scheduledCloseAt = null)
    {
        var poll = Build.NewPoll(definition, visibility);
        poll.Open(4, Now, scheduledCloseAt).IsSuccess.Should().BeTrue();
        return poll;
    }

    [Fact]
    public void An_accepted_ballot_is_answered_with_its_receipt()
    {
        var poll = OpenPoll(Build.Election(2, 3));
        var ballot = Build.Ballot("c02,c01");

        poll.Accept(ballot, Now.AddMinutes(1)).Value.Should().Be(BallotReceipt.For(poll.Id.Value, ballot));
    }

    [Theory]
    [InlineData("c01,c09")]
    [InlineData("c01,c01")]
    [InlineData("for")]
    public void A_ballot_marking_an_unknown_or_repeated_choice_is_refused(string selections)
    {
        var poll = OpenPoll(Build.Election(2, 3));

        poll.Accept(Build.Ballot(selections), Now.AddMinutes(1)).Error!.Code.Should().Be("Poll.MalformedBallot");
    }

    [Theory]
    [InlineData("c01,c02,c03")] // too many names: accepted, counted as invalid
    [InlineData("")] // blank: accepted, counted per the rules
    public void A_ballot_that_will_count_as_invalid_or_blank_is_still_accepted(string selections)
    {
        var poll = OpenPoll(Build.Election(2, 3));

        poll.Accept(Build.Ballot(selections), Now.AddMinutes(1)).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void A_show_of_hands_takes_no_electronic_ballots()
    {
        var poll = OpenPoll(PollDefinition.Motion(), PollVisibility.Open);

        poll.Accept(Build.Ballot("for"), Now.AddMinutes(1)).Error!.Code.Should().Be("Poll.ShowOfHandsTakesNoBallots");
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    [InlineData(11, false)]
    public void Ballots_are_refused_from_the_scheduled_close(int minutesAfterOpening, bool accepted)
    {
        var poll = OpenPoll(PollDefinition.Motion(), scheduledCloseAt: Now.AddMinutes(10));

        var result = poll.Accept(Build.Ballot("for"), Now.AddMinutes(minutesAfterOpening));

        (result.Error?.Code ?? "").Should().Be(accepted ? "" : "Poll.VotingTimeOver");
        poll.IsOverdue(Now.AddMinutes(minutesAfterOpening)).Should().Be(!accepted);
    }

    [Fact]
    public void The_published_result_counts_the_ballots_against_the_opening_and_closing_snapshots()
    {
        var poll = OpenPoll(PollDefinition.Motion());
        poll.Close(present: 3, ballotsCast: 3, Now.AddMinutes(5));

        var result = poll.Publish(Build.Ballots("for|for|against"), 3, Now.AddMinutes(6)).Value;

        result.Should().BeEquivalentTo(new { Eligible = 4, Present = 3, BallotsCast = 3, Valid = 3, Invalid = 0, Blank = 0 });
        result.Outcome.Passed.Should().BeTrue();
        poll.PublishedAtUtc.Should().Be(Now.AddMinutes(6));
    }
}
