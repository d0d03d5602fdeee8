using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Voting.Application.Ballots.CastBallot;
using Congress.Modules.Voting.Application.Ballots.ListMyBallots;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Application.Polls.CreatePoll;
using Congress.Modules.Voting.Application.Polls.GetBallotList;
using Congress.Modules.Voting.Application.Polls.GetPollProgress;
using Congress.Modules.Voting.Application.Polls.OpenPoll;
using Congress.Modules.Voting.Application.Polls.PublishResult;
using Congress.Modules.Voting.Application.Polls.RecordTellerCount;
using Congress.Modules.Voting.Application.Presence.SetManualPresence;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Voting.Tests.Integration;

/// <summary>Polls from draft to published result on a real migrated database with the demo congress; SQLite and PostgreSQL.</summary>
public abstract class VotingTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private const string Province = "NB";

    private Task<T> AsChair<T>(MediatR.IRequest<T> request) => factory.SendAsync(Roles.Secretariat, Province, request);

    /// <summary>The demo congress, with its first ten qualified official delegates marked present (and everyone else absent).</summary>
    private async Task<(Guid CongressId, IReadOnlyList<RosterEntry> Present, IReadOnlyList<RosterEntry> Absent)> CongressAsync()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, Province, s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        await using var scope = factory.Services.CreateAsyncScope();
        var qualified = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default))
            .Where(d => d.Kind == "Official" && d.CredentialsApproved).ToList();
        (await AsChair(new SetManualPresenceCommand(congressId, qualified.Select(d => d.DelegateId).ToList(), Present: false))).IsSuccess.Should().BeTrue();
        (await AsChair(new SetManualPresenceCommand(congressId, qualified.Take(10).Select(d => d.DelegateId).ToList(), Present: true))).Value.Should().Be(10);
        return (congressId, qualified.Take(10).ToList(), qualified.Skip(10).Take(5).ToList());
    }

    private async Task<Guid> OpenMotionAsync(Guid congressId, string visibility = "SecretElectronic")
    {
        var pollId = (await AsChair(new CreatePollCommand(congressId, "Thông qua chương trình Đại hội", "Motion", visibility))).Value;
        (await AsChair(new OpenPollCommand(pollId))).Value.Eligible.Should().Be(10);
        return pollId;
    }

    private Task<Result<BallotReceiptDto>> CastAsync(Guid delegateId, Guid pollId, string choice, Guid? ballotId = null) =>
        factory.SendAsDelegateAsync(delegateId, new CastBallotCommand(pollId, ballotId ?? Guid.NewGuid(), choice.Length == 0 ? [] : [choice]));

    [Fact]
    public async Task A_motion_goes_from_draft_to_a_published_result_that_every_voter_can_check()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        var receipts = new List<string>();
        foreach (var (delegateEntry, i) in present.Select((d, i) => (d, i)))
            receipts.Add((await CastAsync(delegateEntry.DelegateId, pollId, i < 6 ? "for" : i < 9 ? "against" : "abstain")).Value.Receipt);

        (await AsChair(new ClosePollCommand(pollId))).Value.Status.Should().Be("Closed");
        var published = (await AsChair(new PublishResultCommand(pollId))).Value;
        var list = (await AsChair(new GetBallotListQuery(pollId))).Value;

        published.Result!.Should().BeEquivalentTo(new { Eligible = 10, Present = 10, BallotsCast = 10, Valid = 10, Invalid = 0, Passed = true });
        published.Result!.Choices.Select(c => (c.Key, c.Votes)).Should().Equal(("for", 6), ("against", 3), ("abstain", 1));
        list.Select(b => b.Receipt).Should().BeEquivalentTo(receipts, "each voter finds their receipt in the published list");
        list.Select(b => b.BallotId).Should().BeInAscendingOrder("the list is in ballot-id order, which says nothing of who cast what");
    }

    [Fact]
    public async Task Ballots_that_must_not_count_are_refused_with_a_reason_and_leave_the_tally_alone()
    {
        var (congressId, present, absent) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        var ballotId = Guid.NewGuid();
        (await CastAsync(present[0].DelegateId, pollId, "for", ballotId)).IsSuccess.Should().BeTrue();

        (await CastAsync(absent[0].DelegateId, pollId, "for")).Error!.Code.Should().Be("Poll.NotEligible");
        (await CastAsync(present[0].DelegateId, pollId, "against")).Error!.Code.Should().Be("Poll.AlreadyVoted");
        (await CastAsync(present[1].DelegateId, pollId, "for", ballotId)).Error!.Code.Should().Be("Poll.DuplicateBallotId");
        (await CastAsync(present[1].DelegateId, pollId, "maybe")).Error!.Code.Should().Be("Poll.MalformedBallot");
        (await CastAsync(present[1].DelegateId, Guid.NewGuid(), "for")).Error!.Kind.Should().Be(ErrorKind.NotFound);
        var retry = await CastAsync(present[0].DelegateId, pollId, "for", ballotId);
        retry.Value.AlreadyRecorded.Should().BeTrue("a retry of the same ballot is recognised, not counted again");

        await AsChair(new ClosePollCommand(pollId));
        (await CastAsync(present[2].DelegateId, pollId, "for")).Error!.Code.Should().Be("Poll.InvalidStatus");
        var result = (await AsChair(new PublishResultCommand(pollId))).Value.Result!;
        result.BallotsCast.Should().Be(1);
        result.Choices.Single(c => c.Key == "for").Votes.Should().Be(1);
    }

    [Fact]
    public async Task A_delegates_tablet_lists_the_polls_taking_ballots_and_whether_they_have_voted_in_each()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        Task<Result<IReadOnlyList<MyBallotDto>>> TabletOf(Guid delegateId) => factory.AsCallerAsync(Roles.Delegate, Province,
            s => s.GetRequiredService<MediatR.IMediator>().Send(new ListMyBallotsQuery(congressId)), delegateId);
        var mine = () => TabletOf(present[0].DelegateId);

        (await mine()).Value.Should().ContainSingle(b => b.Poll.Id == pollId).Which.Voted.Should().BeFalse();
        (await CastAsync(present[0].DelegateId, pollId, "for")).IsSuccess.Should().BeTrue();
        (await mine()).Value.Single(b => b.Poll.Id == pollId).Voted.Should().BeTrue();
        (await TabletOf(present[1].DelegateId)).Value.Single(b => b.Poll.Id == pollId).Voted
            .Should().BeFalse("another delegate's tablet says nothing of this one");
        (await AsChair(new ListMyBallotsQuery(congressId))).Error!.Kind.Should().Be(ErrorKind.Forbidden, "a chair is not a delegate");

        await AsChair(new ClosePollCommand(pollId));
        (await mine()).Value.Should().NotContain(b => b.Poll.Id == pollId, "a closed poll takes no ballots");
    }

    [Fact]
    public async Task Two_ballots_from_one_delegate_at_the_same_instant_make_exactly_one_ballot()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => CastAsync(present[0].DelegateId, pollId, i % 2 == 0 ? "for" : "against")));

        outcomes.Count(o => o.IsSuccess).Should().Be(1);
        outcomes.Where(o => o.IsFailure).Should().OnlyContain(o => o.Error!.Code == "Poll.AlreadyVoted");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VotingDbContext>();
        (await db.SealedBallots.CountAsync(b => b.PollId == new PollId(pollId))).Should().Be(1, "the poll is open: its box is sealed");
        (await db.Voters.CountAsync(v => v.PollId == new PollId(pollId))).Should().Be(1);
    }

    [Fact]
    public async Task A_poll_closed_by_another_host_takes_no_more_ballots_here()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        (await CastAsync(present[0].DelegateId, pollId, "for")).IsSuccess.Should().BeTrue(); // this host now holds a copy of the open poll
        await using (var scope = factory.Services.CreateAsyncScope()) // another host closes it: only the database knows
            await scope.ServiceProvider.GetRequiredService<VotingDbContext>().Polls.Where(p => p.Id == new PollId(pollId))
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, PollStatus.Closed));

        var late = await CastAsync(present[1].DelegateId, pollId, "against");

        late.Error!.Code.Should().Be("Poll.InvalidStatus");
        await using var check = factory.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<VotingDbContext>().SealedBallots.CountAsync(b => b.PollId == new PollId(pollId))).Should().Be(1);
    }

    [Fact]
    public async Task Closing_and_publishing_again_changes_nothing()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        foreach (var d in present.Take(3)) await CastAsync(d.DelegateId, pollId, "for");

        var firstClose = (await AsChair(new ClosePollCommand(pollId))).Value;
        var secondClose = (await AsChair(new ClosePollCommand(pollId))).Value;
        var first = (await AsChair(new PublishResultCommand(pollId))).Value;
        var second = (await AsChair(new PublishResultCommand(pollId))).Value;

        secondClose.ClosedAtUtc.Should().BeCloseTo(firstClose.ClosedAtUtc!.Value, TimeSpan.FromMilliseconds(1), "PostgreSQL keeps microseconds");
        second.Result.Should().BeEquivalentTo(first.Result);
        first.Result!.BallotsCast.Should().Be(3);
    }

    [Fact]
    public async Task The_chair_sees_who_has_not_voted_by_delegation_but_never_what_anyone_voted()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        await CastAsync(present[0].DelegateId, pollId, "against");

        var progress = (await AsChair(new GetPollProgressQuery(pollId))).Value;

        progress.Cast.Should().Be(1);
        progress.Eligible.Should().Be(10);
        progress.Delegations.Sum(d => d.NotYetVoted.Count).Should().Be(9);
        progress.Delegations.SelectMany(d => d.NotYetVoted).Should().NotContain(present[0].FullName);
    }

    [Fact]
    public async Task A_show_of_hands_is_published_from_a_tellers_count_that_adds_up()
    {
        var (congressId, _, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId, visibility: "Open");
        await AsChair(new ClosePollCommand(pollId));

        var wrong = await AsChair(new RecordTellerCountCommand(pollId, Collected: 10, Valid: 9, Invalid: 0, Blank: 0, new Dictionary<string, int> { ["for"] = 9 }));
        var tooMany = await AsChair(new RecordTellerCountCommand(pollId, Collected: 11, Valid: 11, Invalid: 0, Blank: 0, new Dictionary<string, int> { ["for"] = 11 }));
        var right = await AsChair(new RecordTellerCountCommand(pollId, Collected: 10, Valid: 10, Invalid: 0, Blank: 0, new Dictionary<string, int> { ["for"] = 8, ["against"] = 2 }));
        var published = (await AsChair(new PublishResultCommand(pollId))).Value;

        wrong.Error!.Code.Should().Be("TellerCount.ValidPlusInvalidNotCollected");
        tooMany.Error!.Code.Should().Be("TellerCount.CollectedExceedsEligible");
        right.IsSuccess.Should().BeTrue();
        published.Result!.Choices.Single(c => c.Key == "for").Votes.Should().Be(8);
    }

    [Fact]
    public async Task An_election_elects_the_candidates_over_half_of_the_valid_ballots()
    {
        var (congressId, present, _) = await CongressAsync();
        var candidates = new List<PollOptionInput> { new("A", "Nguyễn Văn An"), new("B", "Trần Thị Bình"), new("C", "Lê Văn Cường") };
        var pollId = (await AsChair(new CreatePollCommand(congressId, "Bầu Ban Thẩm tra tư cách", "Election", "SecretElectronic", Seats: 2, Options: candidates))).Value;
        await AsChair(new OpenPollCommand(pollId));
        string[][] ballots = [["A", "B"], ["A", "B"], ["A", "C"], ["A", "B"], ["A", "B", "C"], ["B"], ["A"], [], ["A", "B"], ["C"]];
        foreach (var (d, i) in present.Select((d, i) => (d, i)))
            (await factory.SendAsDelegateAsync(d.DelegateId, new CastBallotCommand(pollId, Guid.NewGuid(), ballots[i]))).IsSuccess.Should().BeTrue();

        await AsChair(new ClosePollCommand(pollId));
        var client = await factory.ClientForAsync("thuky");
        var early = await client.GetAsync($"/api/voting/polls/{pollId}/minutes.pdf");
        var result = (await AsChair(new PublishResultCommand(pollId))).Value.Result!;

        result.Should().BeEquivalentTo(new { BallotsCast = 10, Valid = 8, Invalid = 2 }, "one ballot keeps three names for two seats, one keeps none");
        result.Elected.Should().Equal("Nguyễn Văn An", "Trần Thị Bình");
        early.StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict, "there are no minutes before the result is published");
        var minutes = await client.GetAsync($"/api/voting/polls/{pollId}/minutes.pdf");
        minutes.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(await minutes.Content.ReadAsStreamAsync(), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        pdf.Info.Title.Should().Be("Biên bản — Bầu Ban Thẩm tra tư cách");
        pdf.PageCount.Should().Be(1);
    }

    /// <summary>Whether Hangfire holds a scheduled (not yet run, not cancelled) timed close for the poll.</summary>
    private bool TimedCloseScheduled(Guid pollId) =>
        factory.Services.GetRequiredService<Congress.Shared.Infrastructure.Jobs.CongressJobStorage>().Storage.GetMonitoringApi()
            .ScheduledJobs(0, 10_000).Any(j => j.Value.Job?.Args[0] as string == ClosePollJob.KeyFor(pollId));

    private async Task<string> StatusAsync(Guid pollId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var poll = await scope.ServiceProvider.GetRequiredService<VotingDbContext>().Polls.AsNoTracking().SingleAsync(p => p.Id == new PollId(pollId));
        return poll.Status.ToString();
    }

    [Fact]
    public async Task A_timed_close_closes_the_poll_by_itself()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        (await CastAsync(present[0].DelegateId, pollId, "for")).IsSuccess.Should().BeTrue();

        // What OpenPoll schedules for CloseAfterMinutes, due in two seconds instead of minutes.
        await factory.Services.GetRequiredService<Congress.Shared.Infrastructure.Jobs.IJobScheduler>()
            .ScheduleOnceAsync<ClosePollJob>(ClosePollJob.KeyFor(pollId), DateTime.UtcNow.AddSeconds(2), pollId.ToString(), default);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await StatusAsync(pollId) != "Closed" && DateTime.UtcNow < deadline) await Task.Delay(250);
        (await StatusAsync(pollId)).Should().Be("Closed", "the job ran the close as the system, through the request pipeline");
    }

    [Fact]
    public async Task A_poll_closed_by_hand_cancels_its_timed_close()
    {
        var (congressId, _, _) = await CongressAsync();
        var pollId = (await AsChair(new CreatePollCommand(congressId, "Thông qua chương trình Đại hội", "Motion", "SecretElectronic"))).Value;
        (await AsChair(new OpenPollCommand(pollId, CloseAfterMinutes: 30))).IsSuccess.Should().BeTrue();
        TimedCloseScheduled(pollId).Should().BeTrue("opening with a time limit schedules the timed close");

        (await AsChair(new ClosePollCommand(pollId))).Value.Status.Should().Be("Closed");

        TimedCloseScheduled(pollId).Should().BeFalse("closing by hand cancels the timed close, so it cannot close a reopened poll");
    }
}

public sealed class VotingSqliteTests(CongressFactory factory) : VotingTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class VotingPostgresTests(PostgresCongressFactory factory) : VotingTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
