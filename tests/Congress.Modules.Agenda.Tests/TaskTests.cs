using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Congress.Shared.Infrastructure.Live;
using Congress.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Congress.Modules.Agenda.Tests.AgendaApi;

namespace Congress.Modules.Agenda.Tests;

/// <summary>The organising committee's tasks over REST: assigned, tracked with notes, late ones listed, due ones reminded once.</summary>
public abstract class TaskTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly AgendaApi _api = new(factory);

    internal sealed record TaskView(Guid Id, string Title, string Assignee, Guid? OrganisationId, DateTime DueAtUtc, string Status, bool Late,
        IReadOnlyList<string> Notes, DateTime? RemindedAtUtc, int Version);

    [Fact]
    public async Task Tasks_are_assigned_tracked_listed_when_late_and_reminded_once_when_due_soon()
    {
        var congressId = await _api.CongressAsync();
        var btc = await _api.As("btc");
        var root = $"/api/agenda/congresses/{congressId}/tasks";
        var tag = Guid.NewGuid().ToString("N")[..6];
        var signals = factory.Services.GetRequiredService<ILiveSignals>();
        var reminders = new ConcurrentQueue<string>();
        using var _ = signals.Subscribe($"agenda:tasks:{congressId}", s => reminders.Enqueue(s.Change));

        var late = await Read<TaskView>(await btc.PostAsJsonAsync(root, new { title = $"In tài liệu {tag}", assignee = "Tiểu ban Văn kiện", dueAtUtc = DateTime.UtcNow.AddHours(-2) }));
        var soon = await Read<TaskView>(await btc.PostAsJsonAsync(root, new { title = $"Kiểm tra âm thanh {tag}", assignee = "đ/c Hùng", dueAtUtc = DateTime.UtcNow.AddHours(3),
            organisationId = await _api.OrganisationAsync("NB-X01") }));
        var later = await Read<TaskView>(await btc.PostAsJsonAsync(root, new { title = $"Trang trí hội trường {tag}", assignee = "Tiểu ban Hậu cần", dueAtUtc = DateTime.UtcNow.AddDays(5) }));

        var lateList = await Read<List<TaskView>>(await btc.GetAsync($"{root}?late=true"));
        lateList.Should().Contain(t => t.Id == late.Id && t.Late).And.NotContain(t => t.Id == soon.Id || t.Id == later.Id);

        var progressed = await Read<TaskView>(await btc.PutAsJsonAsync($"{root}/{late.Id}", new { version = late.Version, status = "InProgress", note = "Đã in 300 bộ" }));
        var stale = await Problem(await (await _api.As("thuky")).PutAsJsonAsync($"{root}/{late.Id}", new { version = late.Version, status = "Done" }), HttpStatusCode.Conflict);
        progressed.Notes.Should().ContainSingle().Which.Should().EndWith("Đã in 300 bộ");
        stale.Should().Be("agenda.stale");

        var first = await Read<int>(await btc.PostAsync($"{root}/reminders", null));
        var second = await Read<int>(await btc.PostAsync($"{root}/reminders", null));
        first.Should().BeGreaterThanOrEqualTo(2, "the late task and the one due in three hours");
        second.Should().Be(0, "each task is reminded once");
        await Eventually(() => Task.FromResult(reminders.Any(r => r.Contains($"Kiểm tra âm thanh {tag}")) ? "ok" : null), "the reminder's signal", 5);
        var all = await Read<List<TaskView>>(await btc.GetAsync(root));
        all.Single(t => t.Id == later.Id).RemindedAtUtc.Should().BeNull("due in five days: not yet");
        all.Single(t => t.Id == soon.Id).RemindedAtUtc.Should().NotBeNull();
    }

    [Fact]
    public async Task A_task_for_an_organisation_outside_the_callers_subtree_is_404_and_nothing_is_written()
    {
        var congressId = await _api.CongressAsync();
        var root = $"/api/agenda/congresses/{congressId}/tasks";
        var tag = Guid.NewGuid().ToString("N")[..6];

        var upward = await Problem(await (await _api.As("btc")).PostAsJsonAsync(root,
            new { title = $"Báo cáo lên Trung ương {tag}", assignee = "Văn phòng Trung ương", dueAtUtc = DateTime.UtcNow.AddDays(1), organisationId = await _api.OrganisationAsync("TW") }),
            HttpStatusCode.NotFound);
        var observer = await (await _api.As("quansat")).GetAsync(root);
        var delegateTablet = await (await _api.As("daibieu01")).PostAsJsonAsync(root, new { title = "x", assignee = "y", dueAtUtc = DateTime.UtcNow });

        upward.Should().Be("access.not_found");
        observer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        delegateTablet.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Read<List<TaskView>>(await (await _api.As("btc")).GetAsync(root))).Should().NotContain(t => t.Title.Contains(tag));
    }
}

public sealed class TaskSqliteTests(CongressFactory factory) : TaskTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class TaskPostgresTests(PostgresCongressFactory factory) : TaskTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
