using System.Net;
using System.Net.Http.Json;
using Congress.Testing;
using static Congress.Modules.Agenda.Tests.AgendaApi;

namespace Congress.Modules.Agenda.Tests;

/// <summary>The speakers' list of an item over REST: asked from the tablet or added by the secretariat, called, timed, totalled.</summary>
public abstract class SpeakerTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly AgendaApi _api = new(factory);

    private async Task<(Guid CongressId, Item Item)> DiscussionAsync()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day, "Official");
        return (congressId, await _api.ItemAsync(congressId, sessionId, day, "Thảo luận văn kiện", "Discussion", 14));
    }

    [Fact]
    public async Task Delegates_ask_the_chair_orders_calls_and_times_and_the_totals_add_up_per_delegate_and_delegation()
    {
        var (congressId, item) = await DiscussionAsync();
        var delegates = await _api.QualifiedAsync(congressId);
        var province = await _api.OrganisationAsync("NB");
        var chair = await _api.As("thuky");
        var root = $"/api/agenda/congresses/{congressId}";

        var first = await Read<Speaker>(await _api.AsDelegate(delegates[0].DelegateId, province).PostAsJsonAsync($"{root}/items/{item.Id}/speak", new { mode = "Spoken" }));
        var written = await Read<Speaker>(await _api.AsDelegate(delegates[1].DelegateId, province).PostAsJsonAsync($"{root}/items/{item.Id}/speak",
            new { mode = "Written", text = "Tham luận về chuyển đổi số" }));
        var added = await Read<Speaker>(await chair.PostAsJsonAsync($"{root}/items/{item.Id}/speakers", new { delegateId = delegates[2].DelegateId, mode = "Spoken" }));
        var twice = await Problem(await _api.AsDelegate(delegates[0].DelegateId, province).PostAsJsonAsync($"{root}/items/{item.Id}/speak", new { mode = "Spoken" }), HttpStatusCode.Conflict);
        var ordered = await Read<Speakers>(await chair.PutAsJsonAsync($"{root}/items/{item.Id}/speakers/order", new { speakerIds = new[] { added.Id, first.Id } }));

        first.DelegateId.Should().Be(delegates[0].DelegateId, "the tablet's delegate is the caller, not a field of the request");
        twice.Should().Be("agenda.speaker.duplicate");
        ordered.Spoken.Select(s => s.Id).Should().Equal(added.Id, first.Id);
        ordered.Written.Should().ContainSingle(w => w.Id == written.Id, "written contributions are kept apart");

        (await Read<Speaker>(await chair.PostAsync($"{root}/speakers/{added.Id}/call", null))).Status.Should().Be("Called");
        (await Read<Speaker>(await chair.PostAsync($"{root}/speakers/{added.Id}/timer/start", null))).Status.Should().Be("Speaking");
        var again = await Problem(await chair.PostAsync($"{root}/speakers/{added.Id}/timer/start", null), HttpStatusCode.Conflict);
        await Read<Speaker>(await chair.PostAsync($"{root}/speakers/{first.Id}/call", null));
        var other = await Problem(await chair.PostAsync($"{root}/speakers/{first.Id}/timer/start", null), HttpStatusCode.Conflict);
        var writtenCall = await Problem(await chair.PostAsync($"{root}/speakers/{written.Id}/call", null), HttpStatusCode.BadRequest);
        await Task.Delay(1100);
        var stopped = await Read<Speaker>(await chair.PostAsync($"{root}/speakers/{added.Id}/timer/stop", null));

        again.Should().Be("agenda.speaker.timer_running");
        other.Should().Be("agenda.speaker.other_speaking");
        writtenCall.Should().Be("agenda.speaker.written");
        stopped.Status.Should().Be("Done");
        stopped.SpokenSeconds.Should().BeGreaterThanOrEqualTo(1);
        var totals = await Read<SpeakingTime>(await chair.GetAsync($"{root}/speaking-time"));
        totals.Delegates.Should().Contain(t => t.Key == delegates[2].Code && t.Turns >= 1 && t.Seconds >= stopped.SpokenSeconds);
        totals.Delegations.Should().Contain(t => t.Key == delegates[2].Delegation && t.Seconds >= stopped.SpokenSeconds);
        (await (await _api.As("daibieu01")).GetAsync($"{root}/speaking-time")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_speaker_who_is_not_a_delegate_of_the_congress_is_refused_and_nothing_is_listed()
    {
        var (congressId, item) = await DiscussionAsync();
        var chair = await _api.As("thuky");
        var root = $"/api/agenda/congresses/{congressId}";

        var stranger = await Problem(await chair.PostAsJsonAsync($"{root}/items/{item.Id}/speakers", new { delegateId = Guid.NewGuid(), mode = "Spoken" }), HttpStatusCode.BadRequest);
        var foreignTablet = await Problem(await _api.AsDelegate(Guid.NewGuid(), await _api.OrganisationAsync("NB"))
            .PostAsJsonAsync($"{root}/items/{item.Id}/speak", new { mode = "Spoken" }), HttpStatusCode.NotFound);
        var badMode = await (await _api.As("thuky")).PostAsJsonAsync($"{root}/items/{item.Id}/speakers", new { delegateId = Guid.NewGuid(), mode = "Shouted" });

        stranger.Should().Be("agenda.speaker.not_a_delegate");
        foreignTablet.Should().Be("access.not_found");
        badMode.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var listed = await Read<Speakers>(await chair.GetAsync($"{root}/items/{item.Id}/speakers"));
        listed.Spoken.Should().BeEmpty();
        listed.Written.Should().BeEmpty();
    }

    [Fact]
    public async Task The_items_limit_and_the_congresss_presence_rule_are_kept_when_the_chair_calls()
    {
        var (congressId, item) = await DiscussionAsync();
        var delegates = await _api.QualifiedAsync(congressId);
        var chair = await _api.As("btc");
        var root = $"/api/agenda/congresses/{congressId}";
        await Read<Item>(await chair.PutAsJsonAsync($"{root}/items/{item.Id}/speaking-rules", new { maxSpeakers = 1, secondsPerSpeaker = 300 }));
        var a = await Read<Speaker>(await chair.PostAsJsonAsync($"{root}/items/{item.Id}/speakers", new { delegateId = delegates[3].DelegateId, mode = "Spoken" }));
        var b = await Read<Speaker>(await chair.PostAsJsonAsync($"{root}/items/{item.Id}/speakers", new { delegateId = delegates[4].DelegateId, mode = "Spoken" }));

        (await chair.PutAsJsonAsync($"{root}/presence-rule", new { requirePresence = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var absent = await Problem(await chair.PostAsync($"{root}/speakers/{a.Id}/call", null), HttpStatusCode.Conflict);
        (await chair.PutAsJsonAsync($"{root}/presence-rule", new { requirePresence = false })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Read<Speaker>(await chair.PostAsync($"{root}/speakers/{a.Id}/call", null));
        var limit = await Problem(await chair.PostAsync($"{root}/speakers/{b.Id}/call", null), HttpStatusCode.Conflict);

        absent.Should().Be("agenda.speaker.not_present", "no roll call has the delegate in the hall (read through Attendance's contract)");
        limit.Should().Be("agenda.speaker.limit");
        (await Read<Speakers>(await chair.GetAsync($"{root}/items/{item.Id}/speakers"))).Spoken.Select(s => s.Status).Should().Equal("Called", "Requested");
    }

    [Fact]
    public async Task The_quota_per_delegation_stops_a_second_speaker_of_one_delegation_but_not_another_delegation()
    {
        var (congressId, item) = await DiscussionAsync();
        var delegations = (await _api.QualifiedAsync(congressId)).Where(d => d.Delegation is { Length: > 0 }).GroupBy(d => d.Delegation).ToList();
        var same = delegations.First(g => g.Count() >= 2).Take(2).ToList();
        var other = delegations.First(g => g.Key != same[0].Delegation).First();
        var chair = await _api.As("btc");
        var root = $"/api/agenda/congresses/{congressId}";
        var rules = $"{root}/items/{item.Id}/speaking-rules";

        (await Problem(await chair.PutAsJsonAsync(rules, new { maxSpeakers = 0, secondsPerSpeaker = 300, maxPerDelegation = -1 }), HttpStatusCode.BadRequest))
            .Should().Be("agenda.speaking_rules");
        (await Problem(await chair.PutAsJsonAsync(rules, new { maxSpeakers = 2, secondsPerSpeaker = 300, maxPerDelegation = 3 }), HttpStatusCode.BadRequest))
            .Should().Be("agenda.speaking_rules", "a delegation cannot be allowed more than the whole item");
        await Problem(await (await _api.As("quansat")).PutAsJsonAsync(rules, new { maxSpeakers = 0, secondsPerSpeaker = 300, maxPerDelegation = 1 }), HttpStatusCode.Forbidden);
        (await Read<Item>(await chair.PutAsJsonAsync(rules, new { maxSpeakers = 0, secondsPerSpeaker = 300, maxPerDelegation = 1 }))).MaxPerDelegation.Should().Be(1);
        var add = (Guid delegateId) => chair.PostAsJsonAsync($"{root}/items/{item.Id}/speakers", new { delegateId, mode = "Spoken" });
        var first = await Read<Speaker>(await add(same[0].DelegateId));
        var second = await Read<Speaker>(await add(same[1].DelegateId));
        var outsider = await Read<Speaker>(await add(other.DelegateId));

        await Read<Speaker>(await chair.PostAsync($"{root}/speakers/{first.Id}/call", null));
        var refused = await Problem(await chair.PostAsync($"{root}/speakers/{second.Id}/call", null), HttpStatusCode.Conflict);
        await Read<Speaker>(await chair.PostAsync($"{root}/speakers/{outsider.Id}/call", null));

        refused.Should().Be("agenda.speaker.delegation_quota", $"{same[0].Delegation} has had its one speaker on this item");
        var list = await Read<Speakers>(await chair.GetAsync($"{root}/items/{item.Id}/speakers"));
        list.MaxPerDelegation.Should().Be(1);
        list.Spoken.Single(s => s.Id == second.Id).Status.Should().Be("Requested", "the refused call changed nothing");
    }
}

public sealed class SpeakerSqliteTests(CongressFactory factory) : SpeakerTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class SpeakerPostgresTests(PostgresCongressFactory factory) : SpeakerTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
