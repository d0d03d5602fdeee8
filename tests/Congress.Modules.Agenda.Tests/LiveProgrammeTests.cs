using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Congress.Modules.Agenda.Tests.AgendaApi;

namespace Congress.Modules.Agenda.Tests;

/// <summary>The tablets' live feed (server-sent events) over REST, as a delegate's tablet reads it; SQLite and PostgreSQL.</summary>
public abstract class LiveProgrammeTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly AgendaApi _api = new(factory);

    [Fact]
    public async Task A_tablet_sees_a_change_without_reloading_and_after_reconnecting_is_told_what_it_missed()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var opening = await _api.ItemAsync(congressId, sessionId, day, "Khai mạc Đại hội", "Ceremony", 8);
        var chair = await _api.As("thuky");

        Feed.Event first, changed;
        await using (var tablet = await Feed.OpenAsync(await _api.As("daibieu01"), congressId))
        {
            first = await tablet.WaitForAsync(e => e.Titles.Contains("Khai mạc Đại hội"), "the programme when the tablet connects");
            first.Changes.Should().BeEmpty("a tablet that has just connected is not told old news");

            var before = Stopwatch.GetTimestamp();
            await Read<Item>(await chair.PutAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{opening.Id}",
                new { version = opening.Version, title = "Khai mạc Đại hội (chào cờ)", plannedStartUtc = At(day, 8, 15), plannedMinutes = 20, presenter = "Đoàn Chủ tịch" }));
            changed = await tablet.WaitForAsync(e => e.Titles.Contains("Khai mạc Đại hội (chào cờ)"), "the re-planned item, without reloading");
            Stopwatch.GetElapsedTime(before).Should().BeLessThan(TimeSpan.FromSeconds(5));
            changed.Changes.Should().ContainSingle(c => c.Contains("Khai mạc Đại hội (chào cờ)"), "the tablet shows what changed");
            changed.Id.Should().BeGreaterThan(first.Id, "each notice moves the cursor the tablet reconnects with");
        }

        // While the tablet is away: an item is added and another postponed.
        var late = await _api.ItemAsync(congressId, sessionId, day, "Báo cáo chính trị", "Report", 9);
        await Read<Item>(await chair.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{late.Id}/postpone", new { version = late.Version, reason = "Chờ tài liệu" }));

        await using (var back = await Feed.OpenAsync(await _api.As("daibieu01"), congressId, lastEventId: changed.Id))
        {
            var caughtUp = await back.WaitForAsync(e => e.Titles.Contains("Báo cáo chính trị"), "the programme as it is now");
            caughtUp.Changes.Should().HaveCount(2, "the two changes made while it was away, and not the one it saw")
                .And.Contain(c => c.Contains("Báo cáo chính trị") && c.StartsWith("Thêm"))
                .And.Contain(c => c.StartsWith("Hoãn"));
            caughtUp.Id.Should().BeGreaterThan(changed.Id);
        }
    }

    [Fact]
    public async Task A_change_whose_signal_never_arrived_still_reaches_the_tablet()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var item = await _api.ItemAsync(congressId, sessionId, day, "Thảo luận tổ", "Discussion", 14);
        await using var tablet = await Feed.OpenAsync(await _api.As("daibieu01"), congressId);
        await tablet.WaitForAsync(e => e.Titles.Contains("Thảo luận tổ"), "the programme when the tablet connects");

        // Another host's change whose live signal was lost: written straight to the database, no signal at all.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AgendaDbContext>();
            await db.Items.Where(i => i.Id == new Domain.Programme.ItemId(item.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, "Thảo luận tổ (đổi phòng)").SetProperty(i => i.Version, i => i.Version + 1));
        }

        await tablet.WaitForAsync(e => e.Titles.Contains("Thảo luận tổ (đổi phòng)"), "the change, found by the host's own check", seconds: 15);
    }

    [Fact]
    public async Task A_tablet_whose_sessions_were_ended_stops_receiving_the_programme()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var item = await _api.ItemAsync(congressId, sessionId, day, "Tổng kết hội nghị", "Report", 15);
        var lost = await Feed.OpenAsync(await factory.ClientForAsync("daibieu02"), congressId);
        await using var _ = lost;
        await using var kept = await Feed.OpenAsync(await factory.ClientForAsync("daibieu03"), congressId);
        await lost.WaitForAsync(e => e.Titles.Contains("Tổng kết hội nghị"), "the programme when the tablet connects");
        await kept.WaitForAsync(e => e.Titles.Contains("Tổng kết hội nghị"), "the programme on another tablet");

        // The tablet is lost: the administrator ends its account's sessions ("sign out everywhere").
        var admin = await _api.As("admin");
        var accounts = await Read<List<JsonElement>>(await admin.GetAsync("/api/identity/accounts"));
        var account = accounts.Single(a => a.GetProperty("userName").GetString() == "daibieu02").GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/identity/accounts/{account}/revoke-sessions", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await Read<Item>(await (await _api.As("thuky")).PutAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item.Id}",
            new { version = item.Version, title = "Tổng kết hội nghị (đã sửa)", plannedStartUtc = At(day, 15), plannedMinutes = 30, presenter = "Thường trực" }));
        await kept.WaitForAsync(e => e.Titles.Contains("Tổng kết hội nghị (đã sửa)"), "the change on the tablet still signed in");
        var afterRevocation = await lost.EventsUntilClosedAsync(seconds: 10);
        afterRevocation.Should().NotContain(e => e.Titles.Contains("Tổng kết hội nghị (đã sửa)"), "the lost tablet's feed ends instead of sending the change");
    }

    [Fact]
    public async Task The_feed_is_refused_to_anonymous_callers_and_to_another_organisations_official_and_ends_nothing_else()
    {
        var congressId = await _api.CongressAsync();
        var path = $"/api/agenda/congresses/{congressId}/programme/live";

        (await factory.CreateClient().GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await (await _api.As("btc.x01")).GetAsync(path, HttpCompletionOption.ResponseHeadersRead)).StatusCode.Should().Be(HttpStatusCode.NotFound,
            "a commune's official learns nothing of the province's congress");
        var stranger = _api.AsDelegate(Guid.NewGuid(), await _api.OrganisationAsync("NB"));
        (await stranger.GetAsync(path, HttpCompletionOption.ResponseHeadersRead)).StatusCode.Should().Be(HttpStatusCode.NotFound,
            "a delegate account of no delegate of this congress reads no programme");
        (await (await _api.As("daibieu01")).GetAsync($"/api/agenda/congresses/{Guid.NewGuid()}/programme/live", HttpCompletionOption.ResponseHeadersRead))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>A tablet's connection to the live feed: every event read as it arrives.</summary>
    private sealed class Feed : IAsyncDisposable
    {
        internal sealed record Event(long Id, IReadOnlyList<string> Titles, IReadOnlyList<string> Changes);

        private readonly HttpResponseMessage _response;
        private readonly Channel<Event> _events = Channel.CreateUnbounded<Event>();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _reading;

        private Feed(HttpResponseMessage response)
        {
            _response = response;
            _reading = Task.Run(ReadAsync);
        }

        public static async Task<Feed> OpenAsync(HttpClient client, Guid congressId, long? lastEventId = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/agenda/congresses/{congressId}/programme/live");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            if (lastEventId is { } id) request.Headers.Add("Last-Event-ID", id.ToString());
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
            return new Feed(response);
        }

        private async Task ReadAsync()
        {
            try
            {
                using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
                long id = 0;
                string? data = null;
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line.StartsWith("id:", StringComparison.Ordinal)) id = long.Parse(line["id:".Length..].Trim());
                    else if (line.StartsWith("data:", StringComparison.Ordinal)) data = line["data:".Length..];
                    else if (line.Length == 0 && data is not null) // the blank line ends an event
                    {
                        var root = JsonDocument.Parse(data).RootElement;
                        var titles = root.GetProperty("programme").GetProperty("sessions").EnumerateArray()
                            .SelectMany(s => s.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("title").GetString()!).ToList();
                        var changes = root.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
                        root.GetProperty("cursor").GetInt64().Should().Be(id, "the event's id is its cursor");
                        _events.Writer.TryWrite(new Event(id, titles, changes));
                        data = null;
                    }
                }
                _events.Writer.TryComplete(); // the server ended the feed
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException) { _events.Writer.TryComplete(); }
            catch (Exception e) { _events.Writer.TryComplete(e); } // an event the tablet could not read fails the test with its reason
        }

        public async Task<Event> WaitForAsync(Func<Event, bool> condition, string what, int seconds = 5)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            try
            {
                while (true)
                {
                    var next = await _events.Reader.ReadAsync(limit.Token);
                    if (condition(next)) return next;
                }
            }
            catch (ChannelClosedException e) when (e.InnerException is { } unreadable)
            {
                throw new InvalidOperationException($"The feed sent an event the tablet could not read: {unreadable.Message}", unreadable);
            }
            catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
            {
                throw new TimeoutException($"Not within {seconds} s: {what}");
            }
        }

        /// <summary>The events still sent until the server ends the feed (a timeout if it does not within <paramref name="seconds"/>).</summary>
        public async Task<IReadOnlyList<Event>> EventsUntilClosedAsync(int seconds)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var events = new List<Event>();
            try
            {
                await foreach (var next in _events.Reader.ReadAllAsync(limit.Token)) events.Add(next);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The feed was still open after {seconds} s");
            }
            return events;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _response.Dispose();
            try { await _reading; } catch { /* closed */ }
        }
    }
}

public sealed class LiveProgrammeSqliteTests(CongressFactory factory) : LiveProgrammeTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class LiveProgrammePostgresTests(PostgresCongressFactory factory) : LiveProgrammeTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
