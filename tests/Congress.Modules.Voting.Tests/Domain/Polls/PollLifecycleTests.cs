using Congress.Shared.Kernel;
using Congress.Modules.Voting.Domain;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

public class PollLifecycleTests
{
    private static readonly DateTime Now = Build.Now;
    private readonly List<Guid> _delegates = Build.Delegates(3);

    private Poll PollIn(PollStatus status)
    {
        var poll = Build.NewPoll(PollDefinition.Motion());
        var steps = status switch
        {
            PollStatus.Draft => [],
            PollStatus.Open => ["Open"],
            PollStatus.Closed => ["Open", "Close"],
            PollStatus.Published => ["Open", "Close", "Publish"],
            PollStatus.Cancelled => new[] { "Cancel" },
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in steps)
        {
            Act(poll, step).Should().BeNull();
        }

        poll.ClearDomainEvents();
        return poll;
    }

    private Error? Act(Poll poll, string action) => action switch
    {
        "Open" => poll.Open(_delegates.Count, Now).Error,
        "CastBallot" => poll.Accept(Build.Ballot("for"), Now.AddMinutes(1)).Error,
        "Close" => poll.Close(_delegates.Count, 0, Now.AddMinutes(5)).Error,
        "Publish" => poll.Publish([], 0, Now.AddMinutes(6)).Error,
        "Cancel" => poll.Cancel("Sai sót trong danh sách", Now.AddMinutes(7)).Error,
        "ReOpen" => poll.ReOpen("Kết thúc nhầm", Now.AddMinutes(8)).Error,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    [Theory]
    // from, action, resulting status ("" = refused)
    [InlineData("Draft", "Open", "Open")]
    [InlineData("Draft", "CastBallot", "")]
    [InlineData("Draft", "Close", "")]
    [InlineData("Draft", "Publish", "")]
    [InlineData("Draft", "Cancel", "Cancelled")]
    [InlineData("Draft", "ReOpen", "")]
    [InlineData("Open", "Open", "")]
    [InlineData("Open", "CastBallot", "Open")]
    [InlineData("Open", "Close", "Closed")]
    [InlineData("Open", "Publish", "")]
    [InlineData("Open", "Cancel", "Cancelled")]
    [InlineData("Open", "ReOpen", "")]
    [InlineData("Closed", "Open", "")]
    [InlineData("Closed", "CastBallot", "")]
    [InlineData("Closed", "Close", "")]
    [InlineData("Closed", "Publish", "Published")]
    [InlineData("Closed", "Cancel", "Cancelled")]
    [InlineData("Closed", "ReOpen", "Open")]
    [InlineData("Published", "Open", "")]
    [InlineData("Published", "CastBallot", "")]
    [InlineData("Published", "Close", "")]
    [InlineData("Published", "Publish", "")]
    [InlineData("Published", "Cancel", "")]
    [InlineData("Published", "ReOpen", "")]
    [InlineData("Cancelled", "Open", "")]
    [InlineData("Cancelled", "CastBallot", "")]
    [InlineData("Cancelled", "Close", "")]
    [InlineData("Cancelled", "Publish", "")]
    [InlineData("Cancelled", "Cancel", "")]
    [InlineData("Cancelled", "ReOpen", "")]
    public void Transitions(string from, string action, string to)
    {
        var poll = PollIn(Enum.Parse<PollStatus>(from));

        var error = Act(poll, action);

        if (to.Length == 0)
        {
            error!.Code.Should().Be(from == "Published" && action == "ReOpen" ? "Poll.PublishedCannotReopen" : "Poll.InvalidStatus");
            error.Message.Should().StartWith("Không thể ");
            poll.Status.Should().Be(Enum.Parse<PollStatus>(from));
            poll.DomainEvents.Should().BeEmpty();
        }
        else
        {
            error.Should().BeNull();
            poll.Status.Should().Be(Enum.Parse<PollStatus>(to));
        }
    }

    [Theory]
    [InlineData("Draft", "")]
    [InlineData("Open", "   ")]
    [InlineData("Closed", "")]
    public void Cancelling_needs_a_reason(string from, string reason)
    {
        var poll = PollIn(Enum.Parse<PollStatus>(from));

        poll.Cancel(reason, Now).Error!.Code.Should().Be("Poll.ReasonRequired");
        poll.Status.Should().Be(Enum.Parse<PollStatus>(from));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void Reopening_needs_a_reason(string reason)
    {
        var poll = PollIn(PollStatus.Closed);

        poll.ReOpen(reason, Now).Error!.Code.Should().Be("Poll.ReasonRequired");
        poll.Status.Should().Be(PollStatus.Closed);
    }

    [Fact]
    public void A_published_poll_is_never_re_opened()
    {
        var poll = PollIn(PollStatus.Published);

        var reopened = poll.ReOpen("Kiểm lại", Now.AddMinutes(10));

        reopened.Error!.Code.Should().Be("Poll.PublishedCannotReopen");
        reopened.Error.Kind.Should().Be(ErrorKind.Conflict);
        reopened.Error.Message.Should().StartWith("Không thể mở lại").And.Contain("tạo cuộc biểu quyết mới");
        poll.Status.Should().Be(PollStatus.Published);
    }

    [Fact]
    public void Each_transition_raises_its_event()
    {
        var poll = Build.NewPoll(PollDefinition.Motion());
        poll.Open(_delegates.Count, Now, scheduledCloseAtUtc: Now.AddMinutes(10));
        poll.Close(2, 1, Now.AddMinutes(5));
        poll.ReOpen("Đại biểu chưa kịp biểu quyết", Now.AddMinutes(6));
        poll.Close(_delegates.Count, 1, Now.AddMinutes(9));
        var result = poll.Publish([Build.Ballot("for")], 1, Now.AddMinutes(12)).Value;

        poll.DomainEvents.Should().Equal(
            new PollOpenedDomainEvent(poll.Id, Now, 3, Now.AddMinutes(10)),
            new PollClosedDomainEvent(poll.Id, Now.AddMinutes(5), 1),
            new PollReopenedDomainEvent(poll.Id, Now.AddMinutes(6), "Đại biểu chưa kịp biểu quyết"),
            new PollClosedDomainEvent(poll.Id, Now.AddMinutes(9), 1),
            new PollResultPublishedDomainEvent(poll.Id, Now.AddMinutes(12), result));
        poll.PublishedResult.Should().BeSameAs(result);
    }

    [Fact]
    public void Cancelling_raises_an_event_with_the_reason_and_clearing_empties_the_events()
    {
        var poll = PollIn(PollStatus.Open);

        poll.Cancel("Thay đổi chương trình", Now.AddMinutes(3));

        poll.DomainEvents.Should().Equal(new PollCancelledDomainEvent(poll.Id, Now.AddMinutes(3), "Thay đổi chương trình"));
        poll.StatusReason.Should().Be("Thay đổi chương trình");
        poll.ClearDomainEvents();
        poll.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void A_poll_needs_a_title()
    {
        Poll.Create(Guid.NewGuid(), " ", PollDefinition.Motion(), PollVisibility.Open, ElectionRules.Default, Now).Error!.Code.Should().Be("Poll.TitleRequired");
    }

    [Theory]
    [InlineData("Open", false)]
    [InlineData("NamedElectronic", false)]
    [InlineData("SecretElectronic", true)]
    public void An_election_must_be_secret(string visibility, bool allowed)
    {
        var result = Poll.Create(Guid.NewGuid(), "Bầu Ban Chấp hành", Build.Election(2, 3), Enum.Parse<PollVisibility>(visibility), ElectionRules.Default, Now);

        (result.Error?.Code ?? "").Should().Be(allowed ? "" : "Poll.ElectionMustBeSecret");
    }

    [Fact]
    public void Opening_needs_eligible_delegates()
    {
        var poll = PollIn(PollStatus.Draft);

        poll.Open(0, Now).Error!.Code.Should().Be("Poll.NoEligibleDelegates");
        poll.Status.Should().Be(PollStatus.Draft);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_scheduled_close_must_be_in_the_future(int minutesFromNow)
    {
        var draft = PollIn(PollStatus.Draft);
        var closed = PollIn(PollStatus.Closed);

        draft.Open(_delegates.Count, Now, Now.AddMinutes(minutesFromNow)).Error!.Code.Should().Be("Poll.ScheduledCloseNotInFuture");
        closed.ReOpen("Mở lại", Now, Now.AddMinutes(minutesFromNow)).Error!.Code.Should().Be("Poll.ScheduledCloseNotInFuture");
    }
}
