using System.Net;
using System.Net.Http.Json;
using Congress.Testing;
using static Congress.Modules.Agenda.Tests.AgendaApi;

namespace Congress.Modules.Agenda.Tests;

/// <summary>Discussion groups in the programme: officers appointed, a secretary's report on an item; SQLite and PostgreSQL.</summary>
public abstract class GroupTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly AgendaApi _api = new(factory);

    internal sealed record Person(Guid DelegateId, string Code, string FullName, string Delegation);

    internal sealed record Group(Guid GroupId, int Number, string Name, string? Room, int MemberCount, Person? Chair, Person? Secretary,
        int OfficersVersion, IReadOnlyList<Guid> ReportedItemIds, bool CallerIsSecretary, IReadOnlyList<Person> Members);

    internal sealed record Report(Guid Id, Guid GroupId, int GroupNumber, string GroupName, Guid ItemId, string ItemTitle, string Text, string FiledBy, DateTime FiledAtUtc, int Version);

    private async Task<(Guid CongressId, Item Item, Group Group, Guid Me)> ArrangeAsync()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var item = await _api.ItemAsync(congressId, await _api.SessionAsync(congressId, day, "Official"), day, "Thảo luận dự thảo Báo cáo chính trị", "Discussion", 14);
        var me = (await _api.QualifiedAsync(congressId))[0].DelegateId; // daibieu01's delegate
        var groups = await Read<List<Group>>(await (await _api.As("thuky")).GetAsync($"/api/agenda/congresses/{congressId}/groups"));
        return (congressId, item, groups.Single(g => g.Members.Any(m => m.DelegateId == me)), me);
    }

    private async Task<int> AppointAsync(Guid congressId, Group group, Guid? chair, Guid? secretary, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var current = (await Read<List<Group>>(await (await _api.As("thuky")).GetAsync($"/api/agenda/congresses/{congressId}/groups"))).Single(g => g.GroupId == group.GroupId);
        var response = await (await _api.As("thuky")).PutAsJsonAsync($"/api/agenda/congresses/{congressId}/groups/{group.GroupId}/officers",
            new { version = current.OfficersVersion, chairDelegateId = chair, secretaryDelegateId = secretary });
        return expected == HttpStatusCode.OK ? await Read<int>(response) : (await Problem(response, expected)).Length;
    }

    [Fact]
    public async Task The_groups_secretary_files_and_revises_its_report_and_the_secretariat_reads_every_groups_reports()
    {
        var (congressId, item, group, me) = await ArrangeAsync();
        group.Room.Should().NotBeNullOrEmpty("the programme shows where each group meets");
        var chair = group.Members.First(m => m.DelegateId != me);
        await AppointAsync(congressId, group, chair.DelegateId, me);
        var tablet = await _api.As("daibieu01");
        var path = $"/api/agenda/congresses/{congressId}/groups/{group.GroupId}/reports/{item.Id}";

        var filed = await Read<Report>(await tablet.PutAsJsonAsync(path, new { version = 0, text = "Tổ 1 nhất trí cao với dự thảo; đề nghị bổ sung nội dung chuyển đổi số." }));
        filed.Version.Should().Be(1);
        var revised = await Read<Report>(await tablet.PutAsJsonAsync(path, new { version = 1, text = "Tổ nhất trí; đề nghị bổ sung chuyển đổi số và phát triển kinh tế tư nhân." }));
        revised.Version.Should().Be(2);
        (await Problem(await tablet.PutAsJsonAsync(path, new { version = 1, text = "Bản cũ ghi đè" }), HttpStatusCode.Conflict)).Should().Be("agenda.stale");

        var onTablet = (await Read<List<Group>>(await tablet.GetAsync($"/api/agenda/congresses/{congressId}/groups"))).Single(g => g.GroupId == group.GroupId);
        onTablet.CallerIsSecretary.Should().BeTrue();
        onTablet.Chair!.DelegateId.Should().Be(chair.DelegateId);
        onTablet.ReportedItemIds.Should().Contain(item.Id);
        onTablet.Members.Should().BeEmpty("a tablet is not given the groups' member lists");

        var reports = await Read<List<Report>>(await (await _api.As("thuky")).GetAsync($"/api/agenda/congresses/{congressId}/group-reports?itemId={item.Id}"));
        reports.Should().ContainSingle(r => r.GroupId == group.GroupId).Which.Should().Match<Report>(r =>
            r.Text.Contains("kinh tế tư nhân") && r.Version == 2 && r.ItemTitle == item.Title && r.FiledBy.Length > 0);
    }

    [Fact]
    public async Task Only_the_secretary_files_officers_come_from_the_group_and_other_groups_and_organisations_see_nothing()
    {
        var (congressId, item, group, me) = await ArrangeAsync();
        var colleague = group.Members.First(m => m.DelegateId != me);
        var qualified = await _api.QualifiedAsync(congressId);
        var outsider = qualified.First(d => group.Members.All(m => m.DelegateId != d.DelegateId));
        var nb = await _api.OrganisationAsync("NB");

        (await Problem(await (await _api.As("thuky")).PutAsJsonAsync($"/api/agenda/congresses/{congressId}/groups/{group.GroupId}/officers",
            new { version = group.OfficersVersion, chairDelegateId = me, secretaryDelegateId = outsider.DelegateId }), HttpStatusCode.BadRequest))
            .Should().Be("agenda.group.not_member");
        (await (await _api.As("quansat")).PutAsJsonAsync($"/api/agenda/congresses/{congressId}/groups/{group.GroupId}/officers",
            new { version = group.OfficersVersion, chairDelegateId = me, secretaryDelegateId = me })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await AppointAsync(congressId, group, null, colleague.DelegateId);

        var path = $"/api/agenda/congresses/{congressId}/groups/{group.GroupId}/reports/{item.Id}";
        (await Problem(await (await _api.As("daibieu01")).PutAsJsonAsync(path, new { version = 0, text = "Không phải thư ký" }), HttpStatusCode.Forbidden))
            .Should().Be("agenda.group.not_secretary", "a member who is not the secretary files nothing");
        var secretary = _api.AsDelegate(colleague.DelegateId, nb);
        (await secretary.PutAsJsonAsync(path, new { version = 0, text = "  " })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await secretary.PutAsJsonAsync($"/api/agenda/congresses/{congressId}/groups/{group.GroupId}/reports/{Guid.NewGuid()}", new { version = 0, text = "Nội dung không có" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await _api.As("thuky")).PutAsJsonAsync(path, new { version = 0, text = "Thư ký đại hội không phải thư ký tổ" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var none = await Read<List<Report>>(await (await _api.As("thuky")).GetAsync($"/api/agenda/congresses/{congressId}/group-reports?itemId={item.Id}"));
        none.Should().BeEmpty("no refused request stored a report");

        await Read<Report>(await secretary.PutAsJsonAsync(path, new { version = 0, text = "Tổ thống nhất với dự thảo." }));
        var otherGroup = await Read<List<Report>>(await _api.AsDelegate(outsider.DelegateId, nb).GetAsync($"/api/agenda/congresses/{congressId}/group-reports?itemId={item.Id}"));
        otherGroup.Should().BeEmpty("a delegate of another group does not read this group's report on the tablet");
        var ownGroup = await Read<List<Report>>(await (await _api.As("daibieu01")).GetAsync($"/api/agenda/congresses/{congressId}/group-reports?itemId={item.Id}"));
        ownGroup.Should().ContainSingle(r => r.GroupId == group.GroupId);
        (await (await _api.As("btc.x01")).GetAsync($"/api/agenda/congresses/{congressId}/groups")).StatusCode.Should().Be(HttpStatusCode.NotFound,
            "a commune's official learns nothing of the province's congress");
        (await (await _api.As("btc.x01")).GetAsync($"/api/agenda/congresses/{congressId}/group-reports")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class GroupSqliteTests(CongressFactory factory) : GroupTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class GroupPostgresTests(PostgresCongressFactory factory) : GroupTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
