using System.Text;
using Congress.Shared.Kernel;
using Congress.Modules.Delegates.Application.Congresses.GetCongress;
using Congress.Modules.Delegates.Application.Congresses.ListCongresses;
using Congress.Modules.Delegates.Application.Congresses.ScheduleCongress;
using Congress.Modules.Delegates.Application.Organisations.CreateOrganisation;
using Congress.Modules.Delegates.Application.Credentials.ApproveCredentials;
using Congress.Modules.Delegates.Application.Credentials.GetCredentialsReport;
using Congress.Modules.Delegates.Application.Delegates;
using Congress.Modules.Delegates.Application.Delegates.ListDelegates;
using Congress.Modules.Delegates.Application.DiscussionGroups.DistributeDelegates;
using Congress.Modules.Delegates.Application.Imports.CommitDelegateImport;
using Congress.Modules.Delegates.Application.Imports.PreviewDelegateImport;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Testing;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Delegates.Tests.Integration;

/// <summary>The module's use cases against a real migrated database holding the demo congress; run on SQLite and on PostgreSQL.</summary>
public abstract class DelegatesHandlerTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private const string Province = "NB";

    private Task<T> AsCommittee<T>(MediatR.IRequest<T> request) => factory.SendAsync(Roles.OrganisingCommittee, Province, request);

    private Task<Guid?> ProvinceIdAsync() => factory.AsCallerAsync(Roles.SystemAdmin, null,
        services => services.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(Province, default));

    /// <summary>The province's own congress (a test may schedule one for an organisation below it).</summary>
    private async Task<Guid> DemoCongressAsync()
    {
        var province = await ProvinceIdAsync();
        return (await AsCommittee(new ListCongressesQuery())).Single(c => c.OrganisationId == province).Id;
    }

    [Fact]
    public async Task Search_ignores_diacritics_and_case()
    {
        var congressId = await DemoCongressAsync();

        var folded = (await AsCommittee(new ListDelegatesQuery(congressId, Search: "NGUYEN VAN", PageSize: 500))).Value;
        var accented = (await AsCommittee(new ListDelegatesQuery(congressId, Search: "Nguyễn Văn", PageSize: 500))).Value;

        folded.Total.Should().BeGreaterThan(0);
        folded.Items.Should().OnlyContain(d => d.FullName.StartsWith("Nguyễn Văn") || d.FullName.Contains(" Nguyễn Văn"));
        accented.Items.Select(d => d.Id).Should().BeEquivalentTo(folded.Items.Select(d => d.Id));
    }

    [Fact]
    public async Task Paging_returns_the_total_and_one_page_in_code_order()
    {
        var congressId = await DemoCongressAsync();

        var page = (await AsCommittee(new ListDelegatesQuery(congressId, Page: 2, PageSize: 20))).Value;

        page.Total.Should().BeGreaterThanOrEqualTo(453); // the demo's 450 official delegates and 3 guests, and what other tests import
        page.Items.Should().HaveCount(20);
        page.Items.Select(d => d.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
        page.Items[0].Code.Should().Be("DB021");
    }

    [Fact]
    public async Task An_official_of_a_commune_cannot_see_the_province_congress()
    {
        var congressId = await DemoCongressAsync();

        var visible = await factory.SendAsync(Roles.OrganisingCommittee, "NB-X01", new ListCongressesQuery());
        var direct = await factory.SendAsync(Roles.OrganisingCommittee, "NB-X01", new GetCongressQuery(congressId));
        var delegates = await factory.SendAsync(Roles.OrganisingCommittee, "NB-X01", new ListDelegatesQuery(congressId));

        visible.Should().BeEmpty();
        direct.Error!.Kind.Should().Be(Congress.Shared.Kernel.ErrorKind.NotFound);
        delegates.Error!.Kind.Should().Be(Congress.Shared.Kernel.ErrorKind.NotFound);
    }

    [Fact]
    public async Task An_organisation_created_while_the_host_runs_is_at_once_in_reach_of_its_own_officials_and_those_above_and_of_no_other_branch()
    {
        // The host keeps every organisation's path once read (the authorisation step's two per request); by now it has read the tree.
        (await AsCommittee(new ListCongressesQuery())).Should().NotBeEmpty();
        var province = await ProvinceIdAsync();
        var code = $"NB-P{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        var created = await AsCommittee(new CreateOrganisationCommand(province!.Value, $"Xã {code}", code, "Commune", 90));
        created.IsSuccess.Should().BeTrue(created.Error?.Message);
        ScheduleCongressCommand Schedule(string name) => new(created.Value.Id, name, 2025, 2030, new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 1), 60);

        var sibling = await factory.SendAsync(Roles.OrganisingCommittee, "NB-X01", Schedule("Đại hội do xã khác lập"));
        sibling.Error!.Kind.Should().Be(ErrorKind.NotFound, "another commune of the province does not see the new one");
        var own = await factory.SendAsync(Roles.OrganisingCommittee, code, Schedule($"Đại hội Đảng bộ xã {code}"));
        own.IsSuccess.Should().BeTrue(own.Error?.Message ?? "its own committee, signed in a moment after it was created, schedules its congress");
        var above = await AsCommittee(new ListCongressesQuery());
        above.Select(c => c.Id).Should().Contain(own.Value.Id, "the province above sees it");
    }

    [Fact]
    public async Task Other_modules_subtree_check_sees_the_congress_from_above_and_not_from_a_commune()
    {
        var congressId = await DemoCongressAsync();
        Task<bool> CanAccess(string role, string? organisation, Guid id) => factory.AsCallerAsync(role, organisation,
            services => services.GetRequiredService<ICongressAccess>().CanAccessAsync(id, default));

        (await CanAccess(Roles.Secretariat, Province, congressId)).Should().BeTrue();
        (await CanAccess(Roles.Monitor, "TW", congressId)).Should().BeTrue("the centre monitors every province");
        (await CanAccess(Roles.SystemAdmin, null, congressId)).Should().BeTrue();
        (await CanAccess(Roles.Secretariat, "NB-X01", congressId)).Should().BeFalse("a commune is below the province, not above it");
        (await CanAccess(Roles.Secretariat, null, congressId)).Should().BeFalse("a caller with no organisation sees nothing");
        (await CanAccess(Roles.SystemAdmin, null, Guid.NewGuid())).Should().BeFalse("there is no such congress");
    }

    [Fact]
    public async Task Approving_credentials_writes_the_integration_event_and_an_audit_entry_in_one_commit()
    {
        var congressId = await DemoCongressAsync();
        var pending = (await AsCommittee(new ListDelegatesQuery(congressId, CredentialsStatus: "Pending", Kind: "Official"))).Value.Items.First();
        var (auditBefore, outboxBefore) = await CountsAsync();

        var result = await factory.SendAsync(Roles.CredentialsBoard, Province, new ApproveCredentialsCommand(pending.Id));

        result.IsSuccess.Should().BeTrue();
        var (auditAfter, outboxAfter) = await CountsAsync();
        auditAfter.Should().Be(auditBefore + 1);
        outboxAfter.Should().Be(outboxBefore + 1);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
        (await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync()).Action.Should().Be(nameof(ApproveCredentialsCommand));
        (await db.OutboxMessages.OrderByDescending(m => m.OccurredAtUtc).FirstAsync()).Type.Should().Contain("DelegateCredentialsApprovedIntegrationEvent");
    }

    [Fact]
    public async Task The_credentials_report_counts_qualified_delegates()
    {
        var congressId = await DemoCongressAsync();
        var official = (await AsCommittee(new ListDelegatesQuery(congressId, Kind: "Official"))).Value.Total;

        var report = (await AsCommittee(new GetCredentialsReportQuery(congressId))).Value;

        report.Summoned.Should().Be(official);
        (report.Qualified + report.Pending + report.Rejected).Should().Be(official);
        report.Qualified.Should().BeGreaterThanOrEqualTo(438);
        report.RepresentedMembers.Should().BeGreaterThan(70_000);
        report.AverageAge.Should().BeInRange(30, 60);
    }

    [Fact]
    public async Task Distributing_keeps_each_delegation_in_one_group()
    {
        var congressId = await DemoCongressAsync();
        var guests = (await AsCommittee(new ListDelegatesQuery(congressId, Kind: "InvitedGuest"))).Value.Total;
        var all = (await AsCommittee(new ListDelegatesQuery(congressId))).Value.Total;

        var groups = (await AsCommittee(new DistributeDelegatesCommand(congressId, 8))).Value;

        groups.Should().HaveCount(8);
        groups.SelectMany(g => g.Delegations).Should().OnlyHaveUniqueItems();
        groups.Sum(g => g.Members).Should().Be(all - guests);
        (groups.Max(g => g.Members) - groups.Min(g => g.Members)).Should().BeLessThan(40);
    }

    [Fact]
    public async Task A_file_with_errors_is_reported_row_by_row_and_nothing_is_written()
    {
        var congressId = await DemoCongressAsync();
        var csv = Csv(
            Row("N001", "Trần Thị Bình", "Chính thức", "12/03/1980", "Nữ", "NB-X02"),
            Row("N001", "Lê Văn Cường", "Chính thức", "1980-01-01", "Nam", "NB-X02"),   // duplicate code
            Row("N003", "Phạm Văn Dũng", "Chính thức", "31/02/1980", "Nam", "NB-X02"),  // no such date
            Row("N004", "Vũ Thị Én", "Chính thức", "01/01/1979", "Nữ", "KHONG-CO"),     // unknown organisation
            Row("DB001", "Hồ Văn Phúc", "Dự khuyết", "01/01/1979", "Nam", "NB-X02"));    // code already in the congress

        var preview = (await AsCommittee(new PreviewDelegateImportCommand(congressId, "loi.csv", csv))).Value;

        preview.TotalRows.Should().Be(5);
        preview.CanCommit.Should().BeFalse();
        preview.Errors.Select(e => (e.Line, e.Column)).Should().BeEquivalentTo(new[] { (3, "code"), (4, "date_of_birth"), (5, "organisation_code"), (6, "code") });
        (await AsCommittee(new CommitDelegateImportCommand(preview.Id))).Error!.Code.Should().Be("delegates.import.errors");
        (await AsCommittee(new ListDelegatesQuery(congressId, Search: "N001"))).Value.Total.Should().Be(0);
    }

    [Fact]
    public async Task A_semicolon_file_is_refused_as_a_whole_with_a_hint()
    {
        var content = Encoding.UTF8.GetBytes("code;full_name;kind\nA;B;C");

        var preview = (await AsCommittee(new PreviewDelegateImportCommand(await DemoCongressAsync(), "x.csv", content))).Value;

        preview.CanCommit.Should().BeFalse();
        preview.Errors.Should().ContainSingle().Which.Message.Should().Contain("dấu chấm phẩy");
    }

    [Fact]
    public async Task Latin1_and_binary_files_are_refused_with_the_reason()
    {
        var congressId = await DemoCongressAsync();

        var latin1 = await AsCommittee(new PreviewDelegateImportCommand(congressId, "a.csv", Encoding.Latin1.GetBytes("code,full_name\nA,Lê Văn")));
        var noise = await AsCommittee(new PreviewDelegateImportCommand(congressId, "b.csv", Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 256)).ToArray()));

        latin1.Error!.Code.Should().Be("delegates.import.encoding");
        noise.Error!.Code.Should().BeOneOf("delegates.import.binary", "delegates.import.encoding");
    }

    [Fact]
    public async Task A_valid_file_is_written_whole()
    {
        var congressId = await DemoCongressAsync();
        var rows = Enumerable.Range(1, 40).Select(i => Row($"M{i:000}", $"Đinh Văn Mới {i}", i % 5 == 0 ? "Dự khuyết" : "Chính thức", "05/06/1982", i % 2 == 0 ? "Nữ" : "Nam", "NB-X03")).ToArray();

        var preview = (await AsCommittee(new PreviewDelegateImportCommand(congressId, "moi.csv", Csv(rows)))).Value;
        var committed = await AsCommittee(new CommitDelegateImportCommand(preview.Id));

        preview.Errors.Should().BeEmpty();
        committed.IsSuccess.Should().BeTrue();
        committed.Value.Status.Should().Be("Committed");
        (await AsCommittee(new ListDelegatesQuery(congressId, Search: "dinh van moi", PageSize: 100))).Value.Total.Should().Be(40);
    }

    [Fact]
    public async Task A_stale_preview_writes_nothing()
    {
        var congressId = await DemoCongressAsync();
        var first = (await AsCommittee(new PreviewDelegateImportCommand(congressId, "a.csv", Csv(Row("S001", "Lý Văn Một", "Chính thức", "01/01/1970", "Nam", "NB-X04"), Row("S002", "Lý Văn Hai", "Chính thức", "01/01/1971", "Nam", "NB-X04"))))).Value;
        var second = (await AsCommittee(new PreviewDelegateImportCommand(congressId, "b.csv", Csv(Row("S002", "Lý Văn Khác", "Chính thức", "01/01/1972", "Nam", "NB-X04"))))).Value;
        (await AsCommittee(new CommitDelegateImportCommand(second.Id))).IsSuccess.Should().BeTrue();

        var stale = await AsCommittee(new CommitDelegateImportCommand(first.Id));

        stale.Error!.Code.Should().Be("delegates.import.stale");
        (await AsCommittee(new ListDelegatesQuery(congressId, Search: "S001"))).Value.Total.Should().Be(0);
    }

    [Fact]
    public async Task The_list_specification_reads_only_the_DTO_columns_and_pages_in_SQL()
    {
        var congressId = await DemoCongressAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
        var specification = new DelegatesMatchingSpecification(new Congress.Modules.Delegates.Domain.Congresses.CongressId(congressId),
            new ListDelegatesQuery(congressId, Kind: "Official", Page: 3, PageSize: 10));

        var sql = db.Delegates.WithSpecification(specification).ToQueryString();
        var page = await db.Delegates.WithSpecification(specification).ToListAsync();

        sql.Should().NotContainEquivalentOf("CredentialsReviewedBy", "the projection runs in SQL, not after loading whole rows")
            .And.ContainEquivalentOf("ORDER BY").And.ContainEquivalentOf("LIMIT");
        page.Should().HaveCount(10);
        page[0].Code.Should().Be("DB021");
        page.Should().OnlyContain(d => d.Kind == "Official");
        db.ChangeTracker.Entries().Should().BeEmpty("a list is read without tracking");
    }

    [Fact]
    public async Task Mapster_maps_a_delegate_the_same_in_SQL_and_in_memory_field_by_field()
    {
        var congressId = await DemoCongressAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
        var id = new Congress.Modules.Delegates.Domain.Congresses.CongressId(congressId);

        var entities = await db.Delegates.AsNoTracking().Where(d => d.CongressId == id).OrderBy(d => d.Code).Take(30).ToListAsync();
        var projected = await db.Delegates.Where(d => d.CongressId == id).OrderBy(d => d.Code).Take(30).Select(DelegateDto.Projection).ToListAsync();
        var inMemory = entities.Select(DelegateDto.From).ToList();

        inMemory.Should().BeEquivalentTo(projected, o => o.WithStrictOrdering());
        var first = entities[0];
        inMemory[0].Should().BeEquivalentTo(new
        {
            Id = first.Id.Value, CongressId = congressId, first.Code, first.FullName, Kind = first.Kind.ToString(), Gender = first.Gender.ToString(),
            RepresentedOrganisationId = first.RepresentedOrganisationId.Value, DiscussionGroupId = first.DiscussionGroupId?.Value,
            CredentialsStatus = first.CredentialsStatus.ToString(), first.CredentialsReason, first.Delegation, first.Seat,
        });
    }

    private async Task<(int Audit, int Outbox)> CountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
        return (await db.AuditEntries.CountAsync(), await db.OutboxMessages.CountAsync());
    }

    internal static string Row(string code, string name, string kind, string born, string gender, string organisation) =>
        $"{code},{name},{kind},{born},{gender},Kinh,,Cử nhân,Cao cấp,Bí thư chi bộ,Xã,{organisation},120,Đoàn {organisation},";

    internal static byte[] Csv(params string[] rows) =>
        Encoding.UTF8.GetBytes("code,full_name,kind,date_of_birth,gender,ethnicity,party_joined_on,education,political_theory,position,unit,organisation_code,represented_members,delegation,seat\n" + string.Join("\n", rows));
}

public sealed class DelegatesHandlerSqliteTests(CongressFactory factory) : DelegatesHandlerTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class DelegatesHandlerPostgresTests(PostgresCongressFactory factory) : DelegatesHandlerTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
