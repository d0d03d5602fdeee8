using System.Net;
using System.Net.Http.Json;
using Congress.Testing;
using static Congress.Modules.Agenda.Tests.AgendaApi;

namespace Congress.Modules.Agenda.Tests;

/// <summary>
/// The preparatory session's business end to end over REST: a vote or election item asks Voting for its poll (Agenda's
/// integration event, through the outbox), delegates vote in Voting, the chair publishes, and Voting's published result
/// (its integration event, through the outbox and Agenda's inbox) decides the item and makes the elected a body of the congress.
/// </summary>
public abstract class VotingBindingTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly AgendaApi _api = new(factory);

    [Fact]
    public async Task An_election_item_becomes_a_poll_its_published_result_decides_the_item_and_the_elected_are_the_secretariat()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var motion = await _api.ItemAsync(congressId, sessionId, day, "Thông qua chương trình làm việc của Đại hội", "Vote", 8);
        var election = await _api.ItemAsync(congressId, sessionId, day, "Bầu Đoàn Thư ký Đại hội", "Election", 9);
        var delegates = await _api.QualifiedAsync(congressId);
        var voters = delegates.Take(10).ToList();
        var candidates = delegates.Skip(20).Take(4).Select(d => d.Code).ToList();
        var province = await _api.OrganisationAsync("NB");
        var chair = await _api.As("thuky");
        var root = $"/api/agenda/congresses/{congressId}";

        var electionPoll = await Read<Guid>(await chair.PostAsJsonAsync($"{root}/items/{election.Id}/poll",
            new { visibility = "SecretElectronic", body = "Secretariat", seats = 3, candidates }));
        var motionPoll = await Read<Guid>(await chair.PostAsJsonAsync($"{root}/items/{motion.Id}/poll", new { visibility = "SecretElectronic" }));
        var twice = await Problem(await chair.PostAsJsonAsync($"{root}/items/{motion.Id}/poll", new { visibility = "SecretElectronic" }), HttpStatusCode.Conflict);
        twice.Should().Be("agenda.item.poll_exists");

        // Voting made the draft polls from Agenda's event, prefilled from the items.
        var drafted = await Eventually(async () =>
        {
            var response = await chair.GetAsync($"/api/voting/polls/{electionPoll}");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<PollView>(Json) : null;
        }, "Voting's draft poll for the election item");
        drafted.Should().BeEquivalentTo(new { Title = "Bầu Đoàn Thư ký Đại hội", Kind = "Election", Status = "Draft" });
        await Eventually(async () => (await chair.GetAsync($"/api/voting/polls/{motionPoll}")).IsSuccessStatusCode ? "ok" : null, "the motion's poll");

        (await chair.PutAsJsonAsync($"/api/voting/congresses/{congressId}/presence", new { delegateIds = delegates.Select(d => d.DelegateId), present = false })).EnsureSuccessStatusCode();
        (await chair.PutAsJsonAsync($"/api/voting/congresses/{congressId}/presence", new { delegateIds = voters.Select(d => d.DelegateId), present = true })).EnsureSuccessStatusCode();
        foreach (var poll in new[] { electionPoll, motionPoll })
            (await chair.PostAsJsonAsync($"/api/voting/polls/{poll}/open", new { })).EnsureSuccessStatusCode();
        foreach (var voter in voters)
        {
            var tablet = _api.AsDelegate(voter.DelegateId, province);
            (await tablet.PostAsJsonAsync($"/api/voting/polls/{electionPoll}/ballots", new { ballotId = Guid.NewGuid(), selections = candidates.Take(3) })).EnsureSuccessStatusCode();
            (await tablet.PostAsJsonAsync($"/api/voting/polls/{motionPoll}/ballots", new { ballotId = Guid.NewGuid(), selections = new[] { "for" } })).EnsureSuccessStatusCode();
        }
        foreach (var poll in new[] { electionPoll, motionPoll })
        {
            (await chair.PostAsync($"/api/voting/polls/{poll}/close", null)).EnsureSuccessStatusCode();
            (await chair.PostAsync($"/api/voting/polls/{poll}/publish", null)).EnsureSuccessStatusCode();
        }

        var decided = await Eventually(async () =>
        {
            var items = (await _api.ProgrammeAsync(congressId)).Of(sessionId).Items;
            return items.All(i => i.DecidedAtUtc is not null) ? items : null;
        }, "both items decided by Voting's published results");
        decided.Single(i => i.Id == election.Id).Should().BeEquivalentTo(new { Passed = true, DecidedByHand = false, Body = "Secretariat", PollId = (Guid?)electionPoll });
        decided.Single(i => i.Id == election.Id).Elected.Should().BeEquivalentTo(candidates.Take(3));
        decided.Single(i => i.Id == motion.Id).Should().BeEquivalentTo(new { Passed = true, Body = "None" });
        var bodies = await Read<List<BodyMember>>(await (await _api.As("quansat")).GetAsync($"{root}/bodies"));
        bodies.Where(b => b.Body == "Secretariat").Select(b => b.Code).Should().BeEquivalentTo(candidates.Take(3));
        bodies.Where(b => b.Body == "Secretariat").Should().OnlyContain(b => b.DelegateId != null && b.FullName.Length > 0, "codes are resolved against the roster");
    }

    [Fact]
    public async Task A_show_of_hands_is_recorded_by_hand_once_and_only_on_vote_or_election_items()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var presidium = await _api.ItemAsync(congressId, sessionId, day, "Bầu Đoàn Chủ tịch Đại hội (giơ tay)", "Vote", 8);
        var report = await _api.ItemAsync(congressId, sessionId, day, "Báo cáo tư cách đại biểu", "Report", 9);
        var members = (await _api.QualifiedAsync(congressId)).Skip(30).Take(19).Select(d => d.Code).ToList();
        var chair = await _api.As("btc");
        var root = $"/api/agenda/congresses/{congressId}";

        var recorded = await Read<Item>(await chair.PostAsJsonAsync($"{root}/items/{presidium.Id}/decision", new { passed = true, body = "Presidium", elected = members }));
        var again = await Problem(await chair.PostAsJsonAsync($"{root}/items/{presidium.Id}/decision", new { passed = false }), HttpStatusCode.Conflict);
        var notAVote = await Problem(await chair.PostAsJsonAsync($"{root}/items/{report.Id}/decision", new { passed = true }), HttpStatusCode.BadRequest);
        var pollForReport = await Problem(await chair.PostAsJsonAsync($"{root}/items/{report.Id}/poll", new { visibility = "Open" }), HttpStatusCode.BadRequest);
        var observer = await (await _api.As("quansat")).PostAsJsonAsync($"{root}/items/{report.Id}/decision", new { passed = true });

        recorded.Should().BeEquivalentTo(new { Passed = true, DecidedByHand = true, Body = "Presidium" });
        again.Should().Be("agenda.item.decided");
        notAVote.Should().Be("agenda.item.not_a_vote");
        pollForReport.Should().Be("agenda.item.not_a_vote");
        observer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var bodies = await Read<List<BodyMember>>(await chair.GetAsync($"{root}/bodies"));
        bodies.Where(b => b.Body == "Presidium").OrderBy(b => b.Position).Select(b => b.Code).Should().Equal(members, "19 members, in the order elected");
    }

    internal sealed record PollView(Guid Id, string Title, string Kind, string Status);
}

public sealed class VotingBindingSqliteTests(CongressFactory factory) : VotingBindingTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class VotingBindingPostgresTests(PostgresCongressFactory factory) : VotingBindingTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
