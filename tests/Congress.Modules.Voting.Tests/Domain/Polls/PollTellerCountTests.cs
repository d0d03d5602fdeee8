using Congress.Shared.Kernel;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

public class PollTellerCountTests
{
    private static readonly DateTime Now = Build.Now;
    private readonly List<Guid> _delegates = Build.Delegates(10);

    private static TellerCount HandsUp(int @for, int against, int abstain) =>
        Build.Count(@for + against + abstain, new Dictionary<string, int> { ["for"] = @for, ["against"] = against, ["abstain"] = abstain });

    private Poll ClosedPoll(PollDefinition definition, PollVisibility visibility)
    {
        var poll = Build.NewPoll(definition, visibility);
        poll.Open(_delegates.Count, Now);
        poll.Close(_delegates.Count, 0, Now.AddMinutes(2));
        return poll;
    }

    [Fact]
    public void A_show_of_hands_is_published_from_the_tellers_count()
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);

        poll.RecordTellerCount(HandsUp(6, 3, 1)).IsSuccess.Should().BeTrue();
        var result = poll.Publish([], 0, Now.AddMinutes(3)).Value;

        result.Choices.Select(choice => choice.Votes).Should().Equal(6, 3, 1);
        result.Outcome.Passed.Should().BeTrue();
    }

    [Fact]
    public void A_show_of_hands_cannot_be_published_without_the_tellers_count()
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);

        poll.Publish([], 0, Now.AddMinutes(3)).Error!.Code.Should().Be("Poll.TellerCountRequired");
        poll.Status.Should().Be(PollStatus.Closed);
    }

    [Fact]
    public void An_inconsistent_count_is_refused_and_not_recorded()
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);

        poll.RecordTellerCount(HandsUp(6, 4, 1)).Error!.Code.Should().Be("TellerCount.CollectedExceedsEligible");
        poll.TellerCount.Should().BeNull();
    }

    [Fact]
    public void The_tellers_may_correct_their_count_before_publication()
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);
        poll.RecordTellerCount(HandsUp(6, 3, 1));

        poll.RecordTellerCount(HandsUp(4, 5, 1));

        poll.Publish([], 0, Now.AddMinutes(3)).Value.Outcome.Passed.Should().BeFalse();
    }

    [Fact]
    public void The_count_is_entered_after_closing()
    {
        var poll = Build.NewPoll(PollDefinition.Motion(), PollVisibility.Open);
        poll.Open(_delegates.Count, Now);

        poll.RecordTellerCount(HandsUp(6, 3, 1)).Error!.Code.Should().Be("Poll.InvalidStatus");
    }

    [Fact]
    public void A_secret_paper_election_is_published_from_the_tellers_count()
    {
        var poll = ClosedPoll(Build.Election(2, 3), PollVisibility.SecretPaper);

        poll.RecordTellerCount(Build.Count(9, Build.CandidateVotes("8,6,3"), invalid: 1)).IsSuccess.Should().BeTrue();

        Build.KeysOf(poll.Publish([], 0, Now.AddMinutes(3)).Value.Outcome.Elected).Should().Be("c01,c02");
    }

    [Fact]
    public void A_paper_ballot_takes_no_electronic_ballot()
    {
        var poll = Build.NewPoll(Build.Election(2, 3), PollVisibility.SecretPaper);
        poll.Open(_delegates.Count, Now);

        poll.Accept(Build.Ballot("c01"), Now.AddMinutes(1)).Error!.Code.Should().Be("Poll.ShowOfHandsTakesNoBallots");
    }

    /// <summary>
    /// The reproduced attack: three electronic ballots "for" in a secret motion, the box still sealed after the close (so
    /// the opened box is empty), and a tellers' count "3 against" posted. Refused whatever the box holds; the result is
    /// the ballots'.
    /// </summary>
    [Theory]
    [InlineData("SecretElectronic")]
    [InlineData("NamedElectronic")]
    public void An_electronic_poll_takes_no_tellers_count_and_is_published_from_its_ballots(string visibility)
    {
        var poll = Build.NewPoll(PollDefinition.Motion(), Enum.Parse<PollVisibility>(visibility));
        poll.Open(_delegates.Count, Now);
        poll.Close(_delegates.Count, 3, Now.AddMinutes(2));

        var posted = poll.RecordTellerCount(HandsUp(0, 3, 0));
        var result = poll.Publish(Build.Ballots("for|for|for"), 3, Now.AddMinutes(3)).Value;

        posted.Error!.Code.Should().Be("Poll.ElectronicPollTakesNoTellerCount");
        posted.Error.Kind.Should().Be(ErrorKind.Conflict);
        poll.TellerCount.Should().BeNull();
        result.Choices.Select(choice => (choice.Choice.Key, choice.Votes)).Should().Equal(("for", 3), ("against", 0), ("abstain", 0));
    }

    [Theory]
    // ballots in the box, delegates in the register
    [InlineData(3, 2)]
    [InlineData(2, 3)]
    [InlineData(0, 3)]
    public void An_electronic_result_that_disagrees_with_the_register_is_not_published(int inBox, int registered)
    {
        var poll = Build.NewPoll(PollDefinition.Motion());
        poll.Open(_delegates.Count, Now);
        poll.Close(_delegates.Count, registered, Now.AddMinutes(2));

        var published = poll.Publish(Enumerable.Range(0, inBox).Select(_ => Build.Ballot("for")).ToList(), registered, Now.AddMinutes(3));

        published.Error!.Code.Should().Be("Poll.ResultInconsistent");
        published.Error.Kind.Should().Be(ErrorKind.Conflict);
        published.Error.Message.Should().StartWith("Không thể công bố kết quả").And.Contain($"hòm phiếu ({inBox} phiếu)").And.Contain($"({registered} người");
        poll.Status.Should().Be(PollStatus.Closed);
        poll.PublishedResult.Should().BeNull();
    }

    [Fact]
    public void More_ballots_than_eligible_delegates_are_not_published()
    {
        var poll = Build.NewPoll(PollDefinition.Motion());
        poll.Open(2, Now);
        poll.Close(2, 3, Now.AddMinutes(2));

        poll.Publish(Build.Ballots("for|for|against"), 3, Now.AddMinutes(3)).Error!.Code.Should().Be("Poll.ResultInconsistent");
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 1)]
    public void A_show_of_hands_with_electronic_ballots_or_voters_is_not_published(int inBox, int registered)
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);
        poll.RecordTellerCount(HandsUp(6, 3, 1)).IsSuccess.Should().BeTrue();

        poll.Publish(Enumerable.Range(0, inBox).Select(_ => Build.Ballot("for")).ToList(), registered, Now.AddMinutes(3))
            .Error!.Code.Should().Be("Poll.ResultInconsistent");
    }

    [Fact]
    public void Reopening_drops_the_tellers_count()
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);
        poll.RecordTellerCount(HandsUp(6, 3, 1));
        poll.ReOpen("Biểu quyết lại", Now.AddMinutes(3));
        poll.Close(_delegates.Count, 0, Now.AddMinutes(5));

        poll.Publish([], 0, Now.AddMinutes(6)).Error!.Code.Should().Be("Poll.TellerCountRequired");
    }
}
