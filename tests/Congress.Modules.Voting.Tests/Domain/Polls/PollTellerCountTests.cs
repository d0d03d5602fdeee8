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

        poll.RecordTellerCount(HandsUp(6, 3, 1), 0).IsSuccess.Should().BeTrue();
        var result = poll.Publish([], Now.AddMinutes(3)).Value;

        result.Choices.Select(choice => choice.Votes).Should().Equal(6, 3, 1);
        result.Outcome.Passed.Should().BeTrue();
    }

    [Fact]
    public void A_show_of_hands_cannot_be_published_without_the_tellers_count()
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);

        poll.Publish([], Now.AddMinutes(3)).Error!.Code.Should().Be("Poll.TellerCountRequired");
        poll.Status.Should().Be(PollStatus.Closed);
    }

    [Fact]
    public void An_inconsistent_count_is_refused_and_not_recorded()
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);

        poll.RecordTellerCount(HandsUp(6, 4, 1), 0).Error!.Code.Should().Be("TellerCount.CollectedExceedsEligible");
        poll.TellerCount.Should().BeNull();
    }

    [Fact]
    public void The_tellers_may_correct_their_count_before_publication()
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);
        poll.RecordTellerCount(HandsUp(6, 3, 1), 0);

        poll.RecordTellerCount(HandsUp(4, 5, 1), 0);

        poll.Publish([], Now.AddMinutes(3)).Value.Outcome.Passed.Should().BeFalse();
    }

    [Fact]
    public void The_count_is_entered_after_closing()
    {
        var poll = Build.NewPoll(PollDefinition.Motion(), PollVisibility.Open);
        poll.Open(_delegates.Count, Now);

        poll.RecordTellerCount(HandsUp(6, 3, 1), 0).Error!.Code.Should().Be("Poll.InvalidStatus");
    }

    [Fact]
    public void A_secret_election_without_electronic_ballots_falls_back_to_paper_ballots()
    {
        var poll = ClosedPoll(Build.Election(2, 3), PollVisibility.SecretElectronic);

        poll.RecordTellerCount(Build.Count(9, Build.CandidateVotes("8,6,3"), invalid: 1), 0).IsSuccess.Should().BeTrue();

        Build.KeysOf(poll.Publish([], Now.AddMinutes(3)).Value.Outcome.Elected).Should().Be("c01,c02");
    }

    [Fact]
    public void Paper_counts_cannot_replace_electronic_ballots()
    {
        var poll = Build.NewPoll(PollDefinition.Motion(), PollVisibility.SecretElectronic);
        poll.Open(_delegates.Count, Now);
        poll.Close(_delegates.Count, 1, Now.AddMinutes(2));

        poll.RecordTellerCount(HandsUp(6, 3, 1), electronicBallots: 1).Error!.Code.Should().Be("Poll.HasElectronicBallots");
    }

    [Fact]
    public void Reopening_drops_the_tellers_count()
    {
        var poll = ClosedPoll(PollDefinition.Motion(), PollVisibility.Open);
        poll.RecordTellerCount(HandsUp(6, 3, 1), 0);
        poll.ReOpen("Biểu quyết lại", Now.AddMinutes(3));
        poll.Close(_delegates.Count, 0, Now.AddMinutes(5));

        poll.Publish([], Now.AddMinutes(6)).Error!.Code.Should().Be("Poll.TellerCountRequired");
    }
}
