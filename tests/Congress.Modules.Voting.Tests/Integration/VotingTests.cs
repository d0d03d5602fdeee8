using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Voting.Application.Ballots.CastBallot;
using Congress.Modules.Voting.Application.Ballots.ListMyBallots;
using Congress.Modules.Voting.Application.Polls.CancelPoll;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Application.Polls.CreatePoll;
using Congress.Modules.Voting.Application.Polls.GetBallotList;
using Congress.Modules.Voting.Application.Polls.GetPoll;
using Congress.Modules.Voting.Application.Polls.GetPollMinutes;
using Congress.Modules.Voting.Application.Polls.GetPollProgress;
using Congress.Modules.Voting.Application.Polls.ListPolls;
using Congress.Modules.Voting.Application.Polls.OpenPoll;
using Congress.Modules.Voting.Application.Polls.PublishResult;
using Congress.Modules.Voting.Application.Polls.RecordTellerCount;
using Congress.Modules.Voting.Application.Polls.ReopenPoll;
using Congress.Modules.Voting.Application.Presence.SetManualPresence;
using Congress.Modules.Voting.Application.Polls;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Voting.Tests.Integration;

/// <summary>Polls from draft to published result on a real migrated database with the demo congress; SQLite and PostgreSQL.</summary>
public abstract class VotingTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    protected TFactory Factory => factory;

    protected const string Province = "NB";

    protected Task<T> AsChair<T>(MediatR.IRequest<T> request) => factory.SendAsync(Roles.Secretariat, Province, request);

    /// <summary>The demo congress, with its first ten qualified official delegates marked present (and everyone else absent).</summary>
    protected async Task<(Guid CongressId, IReadOnlyList<RosterEntry> Present, IReadOnlyList<RosterEntry> Absent)> CongressAsync()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, Province, s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        await using var scope = factory.Services.CreateAsyncScope();
        var qualified = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default))
            .Where(d => d.Kind == "Official" && d.CredentialsApproved).ToList();
        (await AsChair(new SetManualPresenceCommand(congressId, qualified.Select(d => d.DelegateId).ToList(), Present: false))).IsSuccess.Should().BeTrue();
        (await AsChair(new SetManualPresenceCommand(congressId, qualified.Take(10).Select(d => d.DelegateId).ToList(), Present: true))).Value.Should().Be(10);
        return (congressId, qualified.Take(10).ToList(), qualified.Skip(10).Take(5).ToList());
    }

    protected async Task<Guid> OpenMotionAsync(Guid congressId, string visibility = "SecretElectronic")
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

    // ---- 1. A tellers' count never stands for an electronic poll's ballots ----

    [Fact]
    public async Task A_tellers_count_cannot_overwrite_a_secret_electronic_result()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        foreach (var d in present.Take(3)) (await CastAsync(d.DelegateId, pollId, "for")).IsSuccess.Should().BeTrue();
        await AsChair(new ClosePollCommand(pollId));

        var posted = await AsChair(new RecordTellerCountCommand(pollId, Collected: 3, Valid: 3, Invalid: 0, Blank: 0, new Dictionary<string, int> { ["against"] = 3 }));
        var published = (await AsChair(new PublishResultCommand(pollId))).Value;
        var list = (await AsChair(new GetBallotListQuery(pollId))).Value;

        posted.Error!.Code.Should().Be("Poll.ElectronicPollTakesNoTellerCount", "the box is sealed, not empty: an electronic poll is counted from its ballots only");
        posted.Error.Kind.Should().Be(ErrorKind.Conflict);
        published.Result!.Choices.Select(c => (c.Key, c.Votes)).Should().Equal(("for", 3), ("against", 0), ("abstain", 0));
        list.Should().HaveCount(3).And.OnlyContain(b => b.Selections.SequenceEqual(new[] { "for" }), "the result and the ballot list say the same");
    }

    [Fact]
    public async Task Publication_refuses_a_result_that_disagrees_with_the_register()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        foreach (var d in present.Take(3)) (await CastAsync(d.DelegateId, pollId, "for")).IsSuccess.Should().BeTrue();
        await AsChair(new ClosePollCommand(pollId));
        await using (var scope = factory.Services.CreateAsyncScope()) // a sealed ballot goes missing from the box
        {
            var db = scope.ServiceProvider.GetRequiredService<VotingDbContext>();
            var one = await db.SealedBallots.Where(b => b.PollId == new PollId(pollId)).Select(b => b.Tag).FirstAsync();
            await db.SealedBallots.Where(b => b.PollId == new PollId(pollId) && b.Tag == one).ExecuteDeleteAsync();
        }

        var published = await AsChair(new PublishResultCommand(pollId));

        published.Error!.Code.Should().Be("Poll.ResultInconsistent");
        published.Error.Kind.Should().Be(ErrorKind.Conflict);
        published.Error.Message.Should().Contain("hòm phiếu (2 phiếu)").And.Contain("(3 người");
        (await AsChair(new GetPollQuery(pollId))).Value.Should().Match<PollDto>(p => p.Status == "Closed" && p.Result == null);
    }

    [Fact]
    public async Task A_secret_paper_election_is_counted_by_the_tellers_and_takes_no_electronic_ballot()
    {
        var (congressId, present, _) = await CongressAsync();
        var candidates = new List<PollOptionInput> { new("A", "Nguyễn Văn An"), new("B", "Trần Thị Bình") };
        var pollId = (await AsChair(new CreatePollCommand(congressId, "Bầu Ban Kiểm phiếu (phiếu giấy)", "Election", "SecretPaper", Seats: 1, Options: candidates))).Value;
        await AsChair(new OpenPollCommand(pollId));

        var electronic = await factory.SendAsDelegateAsync(present[0].DelegateId, new CastBallotCommand(pollId, Guid.NewGuid(), ["A"]));
        await AsChair(new ClosePollCommand(pollId));
        (await AsChair(new RecordTellerCountCommand(pollId, Collected: 10, Valid: 10, Invalid: 0, Blank: 0, new Dictionary<string, int> { ["A"] = 7, ["B"] = 3 }))).IsSuccess.Should().BeTrue();
        var published = (await AsChair(new PublishResultCommand(pollId))).Value;

        electronic.Error!.Code.Should().Be("Poll.ShowOfHandsTakesNoBallots");
        published.Result!.Elected.Should().Equal("Nguyễn Văn An");
    }

    // ---- 2. Nothing of a secret poll is readable before its publication; a published poll never re-opens ----

    /// <summary>
    /// The attack: close a secret poll, read its ballot list or result, re-open it, let one more delegate vote, close,
    /// publish, and compare. Refused at both ends: before the publication nothing of the ballots can be read by anyone
    /// (the chair sees how many have voted, never how), and after it the poll never re-opens.
    /// </summary>
    [Fact]
    public async Task Nothing_of_a_secret_poll_is_readable_before_publication_and_a_published_poll_never_reopens()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        foreach (var (d, choice) in present.Take(3).Zip(new[] { "for", "against", "for" })) (await CastAsync(d.DelegateId, pollId, choice)).IsSuccess.Should().BeTrue();
        await AsChair(new ClosePollCommand(pollId));
        var http = await factory.ClientForAsync("thuky");

        await NothingOfTheBallotsIsReadableAsync(congressId, pollId, http, cast: 3);
        (await AsChair(new ReopenPollCommand(pollId, "Đại biểu đến muộn"))).Value.Status.Should().Be("Open", "a closed, unpublished poll may re-open: nothing of it was read");
        (await CastAsync(present[3].DelegateId, pollId, "against")).IsSuccess.Should().BeTrue();
        await AsChair(new ClosePollCommand(pollId));
        await NothingOfTheBallotsIsReadableAsync(congressId, pollId, http, cast: 4);
        var published = (await AsChair(new PublishResultCommand(pollId))).Value;

        var reopen = await AsChair(new ReopenPollCommand(pollId, "Kiểm lại"));
        var restRe = await http.PostAsJsonAsync($"/api/voting/polls/{pollId}/reopen", new { reason = "Kiểm lại" });
        var late = await CastAsync(present[4].DelegateId, pollId, "for");
        var after = (await AsChair(new GetPollQuery(pollId))).Value;

        published.Result!.Choices.Select(c => c.Votes).Should().Equal(2, 2, 0);
        reopen.Error!.Code.Should().Be("Poll.PublishedCannotReopen");
        reopen.Error.Kind.Should().Be(ErrorKind.Conflict);
        restRe.StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);
        (await restRe.Content.ReadAsStringAsync()).Should().Contain("Không thể mở lại");
        late.IsFailure.Should().BeTrue();
        after.Status.Should().Be("Published");
        after.Result.Should().BeEquivalentTo(published.Result);
        (await AsChair(new GetBallotListQuery(pollId))).Value.Should().HaveCount(4);
        (await AsChair(new CancelPollCommand(pollId, "Biểu quyết lại"))).Error!.Code.Should().Be("Poll.InvalidStatus", "a published result stands; a new vote is a new poll");
    }

    /// <summary>Everything the chair (or anyone) can ask of a closed, unpublished secret poll: counts only, never a choice.</summary>
    private async Task NothingOfTheBallotsIsReadableAsync(Guid congressId, Guid pollId, HttpClient http, int cast)
    {
        var list = await AsChair(new GetBallotListQuery(pollId));
        list.Error!.Code.Should().Be("voting.ballots.not_published");
        list.Error.Kind.Should().Be(ErrorKind.Conflict);
        (await http.GetAsync($"/api/voting/polls/{pollId}/ballots")).StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);
        (await http.GetAsync($"/api/voting/polls/{pollId}/minutes.pdf")).StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);
        (await AsChair(new GetPollMinutesQuery(pollId))).IsFailure.Should().BeTrue();
        (await AsChair(new GetPollQuery(pollId))).Value.Result.Should().BeNull();
        (await AsChair(new ListPollsQuery(congressId))).Value.Single(p => p.Id == pollId).Result.Should().BeNull();
        var restPoll = await http.GetStringAsync($"/api/voting/polls/{pollId}");
        restPoll.Should().Contain("\"result\":null").And.NotContain("\"votes\"");
        var progress = (await AsChair(new GetPollProgressQuery(pollId))).Value;
        progress.Cast.Should().Be(cast, "the chair sees how many have voted");
        await using var scope = factory.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<VotingDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Payload.Contains(pollId.ToString())).Select(m => m.Type).ToListAsync();
        events.Should().NotContain(t => t.Contains("ResultPublished"), "no integration event carries a count of choices before the publication");
    }

    [Fact]
    public async Task A_poll_to_be_re_run_is_cancelled_with_an_audited_reason_and_created_anew()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        (await CastAsync(present[0].DelegateId, pollId, "for")).IsSuccess.Should().BeTrue();
        await AsChair(new ClosePollCommand(pollId));
        const string reason = "Sai nội dung tờ trình, biểu quyết lại";

        var cancelled = (await AsChair(new CancelPollCommand(pollId, reason))).Value;
        var again = await OpenMotionAsync(congressId);

        cancelled.Should().Match<PollDto>(p => p.Status == "Cancelled" && p.StatusReason == reason && p.Result == null);
        (await AsChair(new GetBallotListQuery(pollId))).Error!.Code.Should().Be("voting.ballots.not_published", "a cancelled poll's box is never shown");
        await using (var scope = factory.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<VotingDbContext>().AuditEntries.AsNoTracking()
                    .Where(a => a.Action == nameof(CancelPollCommand)).Select(a => a.Payload).ToListAsync())
                .Should().Contain(payload => payload.Contains(pollId.ToString()) && payload.Contains("Sai n"), "the reason is in the audit trail");
        (await CastAsync(present[0].DelegateId, again, "against")).IsSuccess.Should().BeTrue("the new poll is a new vote");
    }

    // ---- 3. No host-local state wedges a poll ----

    [Fact]
    public async Task Closing_a_draft_changes_nothing_and_its_ballots_are_taken_once_it_opens()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = (await AsChair(new CreatePollCommand(congressId, "Thông qua Quy chế bầu cử", "Motion", "SecretElectronic"))).Value;

        var close = await AsChair(new ClosePollCommand(pollId));
        (await AsChair(new OpenPollCommand(pollId))).IsSuccess.Should().BeTrue();
        var cast = await CastAsync(present[0].DelegateId, pollId, "for");

        close.Error!.Code.Should().Be("Poll.InvalidStatus");
        close.Error.Kind.Should().Be(ErrorKind.Conflict);
        cast.IsSuccess.Should().BeTrue("closing the draft left nothing behind in this host's ballot writer");
    }

    [Fact]
    public async Task A_re_open_and_a_close_made_on_another_host_hold_on_this_one()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        await using var other = factory.WithWebHostBuilder(_ => { });
        await Task.Run(() => other.Services); // started off xunit's synchronisation context
        (await CastAsync(present[0].DelegateId, pollId, "for")).IsSuccess.Should().BeTrue();
        await AsChair(new ClosePollCommand(pollId)); // closed here

        (await other.SendAsync(Roles.Secretariat, Province, new ReopenPollCommand(pollId, "Đại biểu đến muộn"))).IsSuccess.Should().BeTrue();
        await Task.Delay(OpenPollsFreshness);
        var afterReopen = await CastAsync(present[1].DelegateId, pollId, "against");
        (await other.SendAsync(Roles.Secretariat, Province, new ClosePollCommand(pollId))).IsSuccess.Should().BeTrue();
        var afterClose = await CastAsync(present[2].DelegateId, pollId, "for");
        var published = (await other.SendAsync(Roles.Secretariat, Province, new PublishResultCommand(pollId))).Value;

        afterReopen.IsSuccess.Should().BeTrue("the poll re-opened on the other host takes ballots here within a second");
        afterClose.Error!.Code.Should().Be("Poll.InvalidStatus", "the poll closed on the other host takes no ballot here");
        published.Result!.BallotsCast.Should().Be(2);
    }

    [Fact]
    public async Task A_manual_close_cancels_the_timed_close_and_a_stray_run_leaves_a_re_opened_poll_alone()
    {
        var (congressId, present, _) = await CongressAsync();
        var jobs = new RecordingJobs();
        await using var host = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IJobScheduler));
            services.Remove(real);
            services.AddSingleton<IJobScheduler>(sp => jobs.Around((IJobScheduler)real.ImplementationFactory!(sp)));
        }));
        await Task.Run(() => host.Services);
        var pollId = (await host.SendAsync(Roles.Secretariat, Province, new CreatePollCommand(congressId, "Thông qua Nghị quyết", "Motion", "SecretElectronic"))).Value;
        (await host.SendAsync(Roles.Secretariat, Province, new OpenPollCommand(pollId, CloseAfterMinutes: 5))).IsSuccess.Should().BeTrue();
        var key = ClosePollJob.KeyFor(pollId);

        (await host.SendAsync(Roles.Secretariat, Province, new ClosePollCommand(pollId))).IsSuccess.Should().BeTrue();
        jobs.Calls.Should().Equal($"schedule {key}", $"cancel {key}");
        (await host.SendAsync(Roles.Secretariat, Province, new ReopenPollCommand(pollId, "Mở lại, không hẹn giờ"))).IsSuccess.Should().BeTrue();
        await RunTimedCloseAsync(pollId); // a run that slipped past the cancellation

        (await AsChair(new GetPollQuery(pollId))).Value.Status.Should().Be("Open", "the poll was closed by hand and re-opened without a timer");
        (await CastAsync(present[0].DelegateId, pollId, "for")).IsSuccess.Should().BeTrue();
        await using (var scope = factory.Services.CreateAsyncScope()) // its scheduled close comes: the job closes it
            await scope.ServiceProvider.GetRequiredService<VotingDbContext>().Polls.Where(p => p.Id == new PollId(pollId))
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.ScheduledCloseAtUtc, DateTime.UtcNow.AddSeconds(-1)));
        await RunTimedCloseAsync(pollId);
        (await AsChair(new GetPollQuery(pollId))).Value.Status.Should().Be("Closed");
    }

    private static readonly TimeSpan OpenPollsFreshness = TimeSpan.FromSeconds(1.2);

    private async Task RunTimedCloseAsync(Guid pollId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClosePollJob>().ExecuteAsync(new JobContext(ClosePollJob.KeyFor(pollId), pollId.ToString()), default);
    }

    /// <summary>The job port as the module uses it: what it scheduled and cancelled, passed on to the real one.</summary>
    private sealed class RecordingJobs
    {
        public List<string> Calls { get; } = [];

        public IJobScheduler Around(IJobScheduler inner) => new Recorder(this, inner);

        private sealed class Recorder(RecordingJobs log, IJobScheduler inner) : IJobScheduler
        {
            public Task ScheduleOnceAsync<TJob>(string jobKey, DateTime runAtUtc, string? argument, CancellationToken cancellationToken) where TJob : IJob
            {
                if (jobKey.StartsWith("voting.close.", StringComparison.Ordinal)) lock (log.Calls) log.Calls.Add($"schedule {jobKey}");
                return inner.ScheduleOnceAsync<TJob>(jobKey, runAtUtc, argument, cancellationToken);
            }

            public Task EnqueueAsync<TJob>(string jobKey, string? argument, CancellationToken cancellationToken) where TJob : IJob =>
                inner.EnqueueAsync<TJob>(jobKey, argument, cancellationToken);

            public Task CancelAsync(string jobKey, CancellationToken cancellationToken)
            {
                if (jobKey.StartsWith("voting.close.", StringComparison.Ordinal)) lock (log.Calls) log.Calls.Add($"cancel {jobKey}");
                return inner.CancelAsync(jobKey, cancellationToken);
            }
        }
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
        var pollId = (await AsChair(new CreatePollCommand(congressId, "Thông qua chương trình Đại hội", "Motion", "SecretElectronic"))).Value;
        (await AsChair(new OpenPollCommand(pollId, CloseAfterMinutes: 30))).IsSuccess.Should().BeTrue();
        (await CastAsync(present[0].DelegateId, pollId, "for")).IsSuccess.Should().BeTrue();

        // The chair's 30 minutes, brought forward to two seconds: the poll's own close time, and its job (the key replaces it).
        var dueAt = DateTime.UtcNow.AddSeconds(2);
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<VotingDbContext>().Polls.Where(p => p.Id == new PollId(pollId))
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.ScheduledCloseAtUtc, dueAt));
        await factory.Services.GetRequiredService<Congress.Shared.Infrastructure.Jobs.IJobScheduler>()
            .ScheduleOnceAsync<ClosePollJob>(ClosePollJob.KeyFor(pollId), dueAt, pollId.ToString(), default);

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
public sealed class VotingPostgresTests(PostgresCongressFactory fixture) : VotingTests<PostgresCongressFactory>(fixture), IClassFixture<PostgresCongressFactory>
{
    /// <summary>
    /// PostgreSQL only: there each statement of a transaction sees what was committed when it began (SQLite's transaction
    /// sees one snapshot). Two hosts: while this one loads the poll's register and box for a ballot, the other commits a
    /// delegate's ballot between the two reads; that delegate's tablet then re-sends the same ballot here (CI saw this as a
    /// 409 "ballot id already used" in the two-host storm).
    /// </summary>
    [Fact]
    public async Task A_ballot_another_host_committed_while_this_host_read_the_box_is_recognised_when_re_sent_here()
    {
        var (congressId, present, _) = await CongressAsync();
        var pollId = await OpenMotionAsync(congressId);
        await using var other = Factory.WithWebHostBuilder(_ => { });
        await Task.Run(() => other.Services);
        var ballotId = Guid.NewGuid();
        var between = new AfterTheRegisterRead(async () =>
            (await other.SendAsDelegateAsync(present[0].DelegateId, new CastBallotCommand(pollId, ballotId, ["for"]))).IsSuccess.Should().BeTrue());
        await using var here = Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<VotingDbContext>(options => options.AddInterceptors(between))));
        await Task.Run(() => here.Services);
        between.Arm();

        (await here.SendAsDelegateAsync(present[1].DelegateId, new CastBallotCommand(pollId, Guid.NewGuid(), ["against"]))).IsSuccess.Should().BeTrue();
        var resent = await here.SendAsDelegateAsync(present[0].DelegateId, new CastBallotCommand(pollId, ballotId, ["for"]));
        var changed = await here.SendAsDelegateAsync(present[0].DelegateId, new CastBallotCommand(pollId, Guid.NewGuid(), ["against"]));
        var stolen = await here.SendAsDelegateAsync(present[2].DelegateId, new CastBallotCommand(pollId, ballotId, ["against"]));

        between.Fired.Should().BeTrue("the other host's ballot was committed between this host's register read and its box read");
        resent.IsSuccess.Should().BeTrue(resent.Error?.Message);
        resent.Value.AlreadyRecorded.Should().BeTrue("the re-sent ballot is the one the other host took, not a ballot id used by someone else");
        changed.Error!.Code.Should().Be("Poll.AlreadyVoted", "a second, different ballot from the same delegate is still refused");
        stolen.Error!.Code.Should().Be("Poll.DuplicateBallotId", "another delegate's ballot id is still refused");
        await AsChair(new ClosePollCommand(pollId));
        (await AsChair(new PublishResultCommand(pollId))).Value.Result!.BallotsCast.Should().Be(2);
    }

    /// <summary>Once armed, runs an action once, right after the next statement that reads the voter register.</summary>
    private sealed class AfterTheRegisterRead(Func<Task> action) : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        private int _fired = -1;

        public bool Fired => _fired == 1;

        public void Arm() => _fired = 0;

        public override async ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(System.Data.Common.DbCommand command,
            Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, System.Data.Common.DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (System.Text.RegularExpressions.Regex.IsMatch(command.CommandText, @"(?<![_a-z])voters\b") && Interlocked.CompareExchange(ref _fired, 1, 0) == 0) await action();
            return result;
        }
    }
}
