using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Congress.Shared.Infrastructure.Live;
using Congress.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Congress.Modules.Agenda.Tests.AgendaApi;

namespace Congress.Modules.Agenda.Tests;

/// <summary>Sessions and items over REST as the demo accounts, on a real migrated database; SQLite and PostgreSQL.</summary>
public abstract class ProgrammeTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly AgendaApi _api = new(factory);

    [Fact]
    public async Task Items_are_numbered_in_order_inserted_reordered_started_and_ended_and_now_and_next_follow()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var opening = await _api.ItemAsync(congressId, sessionId, day, "Khai mạc phiên trù bị", "Ceremony", 8);
        var agenda = await _api.ItemAsync(congressId, sessionId, day, "Thông qua chương trình làm việc", "Vote", 9);
        var rules = await _api.ItemAsync(congressId, sessionId, day, "Thông qua quy chế làm việc", "Vote", 10, position: 2);
        var chair = await _api.As("thuky");

        (await _api.ProgrammeAsync(congressId)).Of(sessionId).Items.Select(i => (i.Number, i.Title)).Should().Equal(
            (1, "Khai mạc phiên trù bị"), (2, "Thông qua quy chế làm việc"), (3, "Thông qua chương trình làm việc"));

        var moved = await Read<Item>(await chair.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{agenda.Id}/move",
            new { version = agenda.Version, sessionId, position = 2 }));
        moved.Number.Should().Be(2);
        moved.Version.Should().Be(agenda.Version + 1);
        (await _api.ProgrammeAsync(congressId)).Of(sessionId).Items.Select(i => i.Id).Should().Equal(opening.Id, agenda.Id, rules.Id);

        var started = await Read<Item>(await chair.PostAsync($"/api/agenda/congresses/{congressId}/items/{opening.Id}/start", null));
        started.Status.Should().Be("InProgress");
        started.ActualStartUtc.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        var programme = await _api.ProgrammeAsync(congressId, "daibieu01");
        programme.Now!.Id.Should().Be(opening.Id, "the delegate's tablet reads \"now\" from the programme");
        programme.Next!.Id.Should().Be(agenda.Id);

        await Read<Item>(await chair.PostAsync($"/api/agenda/congresses/{congressId}/items/{agenda.Id}/start", null));
        var ended = (await _api.ProgrammeAsync(congressId)).Of(sessionId).Items[0];
        ended.Status.Should().Be("Done", "starting the next item ends the one in progress");
        ended.ActualEndUtc.Should().NotBeNull();
        var done = await Read<Item>(await chair.PostAsync($"/api/agenda/congresses/{congressId}/items/{agenda.Id}/end", null));
        done.Status.Should().Be("Done");
        (await _api.ProgrammeAsync(congressId)).Now.Should().BeNull();
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_409_and_the_first_writers_change_is_kept()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var item = await _api.ItemAsync(congressId, sessionId, day, "Báo cáo chính trị");
        var first = await _api.As("thuky");
        var second = await _api.As("btc");

        var kept = await Read<Item>(await first.PutAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}",
            new { version = item.Version, title = "Báo cáo chính trị (trình bày tóm tắt)", plannedStartUtc = At(day, 8, 30), plannedMinutes = 45, presenter = "Đồng chí Bí thư" }));
        var code = await Problem(await second.PutAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}",
            new { version = item.Version, title = "Báo cáo chính trị — bản khác", plannedStartUtc = At(day, 9), plannedMinutes = 30, presenter = "" }), HttpStatusCode.Conflict);
        var postpone = await Problem(await second.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}/postpone",
            new { version = item.Version, reason = "Chờ tài liệu" }), HttpStatusCode.Conflict);

        code.Should().Be("agenda.stale");
        postpone.Should().Be("agenda.stale");
        var stored = (await _api.ProgrammeAsync(congressId)).Of(sessionId).Items.Single();
        stored.Should().BeEquivalentTo(new { kept.Title, kept.Version, PlannedMinutes = 45, Status = "Planned" }, "the first writer's change is not lost");
        var retried = await Read<Item>(await second.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}/postpone",
            new { version = kept.Version, reason = "Chờ tài liệu" }));
        retried.Status.Should().Be("Postponed", "told of the change, the second writer re-reads and tries again");
    }

    [Fact]
    public async Task An_item_outside_its_sessions_day_is_refused_with_400_and_nothing_is_written()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var otherSessionId = await _api.SessionAsync(congressId, day.AddDays(1), "Official");
        var item = await _api.ItemAsync(congressId, sessionId, day, "Bầu Đoàn Chủ tịch", "Election");
        var chair = await _api.As("thuky");

        var added = await Problem(await chair.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions/{sessionId}/items",
            new { title = "Ngày khác", kind = "Report", plannedStartUtc = At(day.AddDays(1), 8), plannedMinutes = 30 }), HttpStatusCode.BadRequest);
        var lateNight = await Problem(await chair.PutAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}",
            new { version = item.Version, title = item.Title, plannedStartUtc = At(day, 23, 30).AddHours(1), plannedMinutes = 30 }), HttpStatusCode.BadRequest);
        var moved = await Problem(await chair.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}/move",
            new { version = item.Version, sessionId = otherSessionId, position = 1 }), HttpStatusCode.BadRequest);

        added.Should().Be("agenda.item.outside_session_day");
        lateNight.Should().Be("agenda.item.outside_session_day", "00:30 the next morning in the hall is another day, though the same UTC date");
        moved.Should().Be("agenda.item.outside_session_day");
        var programme = await _api.ProgrammeAsync(congressId);
        programme.Of(sessionId).Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { item.Id, item.Version, item.PlannedStartUtc, Number = 1 });
        programme.Of(otherSessionId).Items.Should().BeEmpty();

        var movedWithTime = await Read<Item>(await chair.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}/move",
            new { version = item.Version, sessionId = otherSessionId, position = 1, plannedStartUtc = At(day.AddDays(1), 14) }));
        movedWithTime.SessionId.Should().Be(otherSessionId, "moved with a time on the target day, it is accepted");
    }

    [Fact]
    public async Task Wrong_roles_get_403_another_organisation_404_and_a_delegate_reads_only_the_programme()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var body = new { kind = "Official", title = "Phiên chính thức", day };

        var observer = await (await _api.As("quansat")).PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions", body);
        var board = await (await _api.As("thamtra")).PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions", body);
        var tablet = await (await _api.As("daibieu01")).PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions", body);
        var commune = await (await _api.As("btc.x01")).PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions", body);
        var communeRead = await (await _api.As("btc.x01")).GetAsync($"/api/agenda/congresses/{congressId}/programme");

        observer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        board.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        tablet.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        commune.StatusCode.Should().Be(HttpStatusCode.NotFound, "another organisation's official learns nothing of the province's congress");
        communeRead.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await _api.As("daibieu01")).GetAsync($"/api/agenda/congresses/{congressId}/programme")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await _api.As("quansat")).GetAsync($"/api/agenda/congresses/{congressId}/programme")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _api.ProgrammeAsync(congressId)).Sessions.Should().NotContain(s => s.Day == day, "no refused request wrote anything");
    }

    [Fact]
    public async Task Every_change_is_signalled_on_the_congress_topic_after_it_is_stored()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var signals = factory.Services.GetRequiredService<ILiveSignals>();
        var received = new ConcurrentQueue<(LiveSignal Signal, Item? Stored)>();
        using var _ = signals.Subscribe($"agenda:programme:{congressId}", signal => received.Enqueue((signal, null)));

        var item = await _api.ItemAsync(congressId, sessionId, day, "Phát biểu chào mừng", "Ceremony", 8);
        await Eventually(() => Task.FromResult(received.Any(r => r.Signal.Change.Contains("Phát biểu chào mừng")) ? "ok" : null), "the added item's signal", 5);
        await (await _api.As("thuky")).PostAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}/postpone", new { version = item.Version, reason = "Đổi giờ" });
        await Eventually(() => Task.FromResult(received.Any(r => r.Signal.Change.StartsWith("Hoãn")) ? "ok" : null), "the postponement's signal", 5);
        var refused = await (await _api.As("thuky")).PostAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}/postpone", new { version = item.Version, reason = "Lần nữa" });

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await Task.Delay(300);
        received.Count(r => r.Signal.Change.StartsWith("Hoãn")).Should().Be(1, "a refused change signals nothing");
    }

    [Fact]
    public async Task A_programme_is_cloned_to_another_congress_as_planned_items_and_never_over_an_existing_one()
    {
        var congressId = await _api.CongressAsync();
        var btc = await _api.As("btc");
        var commune = await _api.OrganisationAsync("NB-X02");
        var target = JsonSerializerExtensions.Id(await Read<System.Text.Json.JsonElement>(await btc.PostAsJsonAsync("/api/delegates/congresses",
            new { organisationId = commune, name = $"Đại hội Đảng bộ xã {Guid.NewGuid():N}"[..36], termStartYear = 2025, termEndYear = 2030,
                startsOn = new DateOnly(2025, 6, 1), endsOn = new DateOnly(2025, 6, 2), delegateQuota = 100 }), HttpStatusCode.Created));
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var item = await _api.ItemAsync(congressId, sessionId, day, "Mẫu: Thông qua chương trình", "Vote", 9);
        await btc.PostAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}/start", null);

        var copied = await Read<int>(await btc.PostAsJsonAsync($"/api/agenda/congresses/{target}/programme/clone", new { sourceCongressId = congressId, firstDay = new DateOnly(2025, 6, 1) }));
        var again = await Problem(await btc.PostAsJsonAsync($"/api/agenda/congresses/{target}/programme/clone", new { sourceCongressId = congressId, firstDay = new DateOnly(2025, 6, 1) }), HttpStatusCode.Conflict);
        var upward = await Problem(await (await _api.As("btc.x01")).PostAsJsonAsync($"/api/agenda/congresses/{target}/programme/clone",
            new { sourceCongressId = congressId, firstDay = new DateOnly(2025, 6, 1) }), HttpStatusCode.NotFound);

        var source = await _api.ProgrammeAsync(congressId);
        var clone = await _api.ProgrammeAsync(target, "btc");
        copied.Should().Be(source.Sessions.Sum(s => s.Items.Count));
        again.Should().Be("agenda.programme.exists");
        upward.Should().Be("access.not_found", "a commune's committee reaches neither the province's congress nor this one");
        clone.Sessions.Should().HaveCount(source.Sessions.Count);
        clone.Sessions.Min(s => s.Day).Should().Be(new DateOnly(2025, 6, 1));
        var copiedItem = clone.Sessions.SelectMany(s => s.Items).Single(i => i.Title == "Mẫu: Thông qua chương trình");
        copiedItem.Should().BeEquivalentTo(new { Status = "Planned", ActualStartUtc = (DateTime?)null, PollId = (Guid?)null, Version = 1 }, "only the plan is copied");
        (copiedItem.PlannedStartUtc - item.PlannedStartUtc).TotalDays.Should().Be(new DateOnly(2025, 6, 1).DayNumber - source.Sessions.Min(s => s.Day).DayNumber);
    }
}

internal static class JsonSerializerExtensions
{
    public static Guid Id(System.Text.Json.JsonElement element) => element.GetProperty("id").GetGuid();
}

public sealed class ProgrammeSqliteTests(CongressFactory factory) : ProgrammeTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class ProgrammePostgresTests(PostgresCongressFactory factory) : ProgrammeTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
