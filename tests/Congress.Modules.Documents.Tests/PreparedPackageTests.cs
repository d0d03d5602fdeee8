using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Application.Devices;
using Congress.Modules.Documents.Application.Devices.PreparePackages;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Contracts.Packages;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Modules.Documents.Infrastructure.Security;
using Congress.Shared.Kernel;
using Congress.Testing;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Congress.Modules.Documents.Tests;

/// <summary>
/// Tablet packages prepared ahead (docs/adr/0031): in the background when a tablet is registered and when a document changes,
/// or for every tablet when the organising committee asks; the first sync then streams the prepared package — the same
/// package id and watermarks, recorded before it was sent. SQLite, and PostgreSQL when it runs.
/// </summary>
public abstract class PreparedPackageTests<TFactory>(TFactory factory) where TFactory : DocumentsFactory
{
    private static readonly TimeSpan PreparationWait = TimeSpan.FromSeconds(90);

    private Task<HttpClient> Staff() => factory.ClientForAsync("btc");

    private async Task<TestTablet> RegisterAsync(string account, Guid congressId) =>
        await TestTablet.RegisterAsync(await factory.ClientForAsync(account), congressId, $"Máy chuẩn bị sẵn của {account}");

    private static Task<TabletPackage> FetchAsync(HttpClient client, Guid deviceId) => TestTablet.FetchAsync(client, deviceId);

    /// <summary>The device's full packages recorded so far, oldest first (what the server remembers: prepared or sent).</summary>
    private async Task<List<Guid>> PackagesOfAsync(Guid deviceId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().DevicePackages.AsNoTracking()
            .Where(p => p.DeviceId == deviceId && p.SinceUtc == null).OrderBy(p => p.IssuedAtUtc).Select(p => p.Id).ToListAsync();
    }

    /// <summary>Waits until the background preparation has recorded <paramref name="count"/> full packages for the device.</summary>
    private async Task<List<Guid>> PreparedAsync(Guid deviceId, int count)
    {
        var until = DateTime.UtcNow + PreparationWait;
        List<Guid> packages;
        while ((packages = await PackagesOfAsync(deviceId)).Count < count && DateTime.UtcNow < until) await Task.Delay(250);
        packages.Should().HaveCount(count, "the package is prepared in the background, without any fetch");
        // recorded first, then kept on disk: wait for the file too
        while (KeptFiles(deviceId).Length == 0 && DateTime.UtcNow < until) await Task.Delay(100);
        return packages;
    }

    private string[] KeptFiles(Guid deviceId)
    {
        var root = ((PackageCache)factory.Services.GetRequiredService<IPackageCache>()).Root;
        return Directory.Exists(root) ? Directory.GetFiles(root, $"{deviceId:N}.*{PackageCache.Extension}") : [];
    }

    private async Task<List<string>> PackageWatermarksAsync(Guid delegateId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Watermarks.AsNoTracking()
            .Where(w => w.RecipientDelegateId == delegateId && w.Purpose == "package").Select(w => w.Code).ToListAsync();
    }

    private async Task<RosterEntry> DelegateAsync(Guid congressId, Guid delegateId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().FindAsync(congressId, delegateId, default))!;
    }

    [Fact]
    public async Task A_registered_tablet_gets_its_package_prepared_in_the_background_and_its_first_sync_streams_that_package_marked_for_its_delegate()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegateId = (await factory.TabletDelegatesAsync(congressId))[0];
        var person = await DelegateAsync(congressId, delegateId);
        var staff = await Staff();
        var programme = await staff.UploadOkAsync(congressId, "Chương trình (chuẩn bị sẵn)", TestFiles.Pdf("Chương trình ngày thứ hai"), "ct-2.pdf");

        var tablet = await RegisterAsync("daibieu01", congressId);
        var prepared = await PreparedAsync(tablet.DeviceId, 1);
        var marksBeforeFetch = await PackageWatermarksAsync(delegateId);
        var package = await FetchAsync(tablet.Client, tablet.DeviceId);
        var preinstalled = await FetchAsync(staff, tablet.DeviceId);
        using var gzipRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/devices/{tablet.DeviceId}/package");
        gzipRequest.Headers.AcceptEncoding.ParseAdd("gzip");
        using var gzipped = await tablet.Client.SendAsync(gzipRequest);

        var manifest = TabletPackageReader.Verify(package, tablet.Trusted, tablet.DeviceId, DateTime.UtcNow);
        manifest.PackageId.Should().Be(prepared[0], "the first sync is the package prepared in the background, not a new one");
        manifest.Documents.Select(d => d.WatermarkCode).Should().NotBeEmpty().And.OnlyContain(c => marksBeforeFetch.Contains(c),
            "its watermarks were recorded when it was prepared, before it was sent");
        preinstalled.Manifest.Should().Be(package.Manifest, "the package does not depend on who fetches it");
        gzipped.Content.Headers.ContentEncoding.Should().Equal(["gzip"], "a client that accepts gzip gets the kept file as it is");
        await using (var inflated = new System.IO.Compression.GZipStream(await gzipped.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
            (await System.Text.Json.JsonSerializer.DeserializeAsync<TabletPackage>(inflated, System.Text.Json.JsonSerializerOptions.Web))!.Manifest
                .Should().Be(package.Manifest);
        (await PackagesOfAsync(tablet.DeviceId)).Should().Equal(prepared, "nothing was built at the fetch");
        var opened = TabletPackageReader.Open(package, tablet.Key, tablet.Trusted, tablet.DeviceId, DateTime.UtcNow);
        var pdf = opened.Single(d => d.Entry.DocumentId == programme.Id);
        using (var copy = PdfDocument.Open(pdf.Content))
            copy.GetPages().Should().OnlyContain(p => p.Text.Contains(person.Code) && p.Text.Contains(pdf.Entry.WatermarkCode),
                "each copy is marked for the tablet's delegate (code and name), whoever fetches it");

        // the watermark of a prepared copy traces back to the delegate and, as they registered the tablet themselves, their account
        var trace = await staff.GetFromJsonAsync<WatermarkTraceDto>($"/api/documents/watermarks/{pdf.Entry.WatermarkCode}");
        trace!.RecipientDelegateId.Should().Be(delegateId);
        trace.Recipient.Should().Be($"{person.Code} {person.FullName}");
        trace.RecipientUserId.Should().NotBeNull();
        trace.Purpose.Should().Be("package");
        KeptFiles(tablet.DeviceId).Should().ContainSingle("one package is kept per device");
    }

    [Fact]
    public async Task A_document_change_gets_a_new_package_prepared_and_the_next_full_sync_streams_it_and_the_superseded_one_is_dropped()
    {
        var congressId = await factory.DemoCongressAsync();
        var staff = await Staff();
        var draft = await staff.UploadOkAsync(congressId, "Dự thảo (chuẩn bị lại)", TestFiles.Docx("Bản một."), "du-thao.docx");
        var tablet = await RegisterAsync("daibieu02", congressId);
        var first = await PreparedAsync(tablet.DeviceId, 1);
        var firstFile = KeptFiles(tablet.DeviceId).Single();
        TabletPackageReader.Verify(await FetchAsync(tablet.Client, tablet.DeviceId), tablet.Trusted, tablet.DeviceId, DateTime.UtcNow)
            .PackageId.Should().Be(first[0]);

        (await staff.UploadVersionAsync(draft.Id, TestFiles.Docx("Bản hai, tiếp thu ý kiến."), "du-thao-2.docx", "Tiếp thu")).EnsureSuccessStatusCode();
        var second = await PreparedAsync(tablet.DeviceId, 2);
        var until = DateTime.UtcNow + PreparationWait;
        while (KeptFiles(tablet.DeviceId).SequenceEqual([firstFile]) && DateTime.UtcNow < until) await Task.Delay(100);
        var package = await FetchAsync(tablet.Client, tablet.DeviceId);

        var manifest = TabletPackageReader.Verify(package, tablet.Trusted, tablet.DeviceId, DateTime.UtcNow);
        manifest.PackageId.Should().Be(second[1], "the new version's package was prepared before the tablet asked");
        manifest.Documents.Should().Contain(d => d.DocumentId == draft.Id && d.Version == 2);
        (await PackagesOfAsync(tablet.DeviceId)).Should().HaveCount(2);
        KeptFiles(tablet.DeviceId).Should().ContainSingle().Which.Should().NotBe(firstFile, "the superseded package is dropped from the disk");
    }

    [Fact]
    public async Task A_tablet_revoked_before_its_first_sync_gets_410_and_its_prepared_package_is_dropped()
    {
        var congressId = await factory.DemoCongressAsync();
        var staff = await Staff();
        await staff.UploadOkAsync(congressId, "Tài liệu (máy bị mất trước khi đồng bộ)", TestFiles.Docx("Nội dung."), "mat-may.docx");
        var tablet = await RegisterAsync("daibieu03", congressId);
        await PreparedAsync(tablet.DeviceId, 1);
        KeptFiles(tablet.DeviceId).Should().NotBeEmpty();

        var revoked = await staff.PostAsJsonAsync($"/api/documents/devices/{tablet.DeviceId}/revoke", new { reason = "Mất máy trước ngày họp" });
        var sync = await staff.GetAsync($"/api/documents/devices/{tablet.DeviceId}/package");
        var againAll = await staff.PostAsync($"/api/documents/congresses/{congressId}/devices/packages", null);

        revoked.StatusCode.Should().Be(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        sync.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await sync.Content.ReadAsStringAsync()).Should().Contain("documents.device.revoked").And.NotContain("manifest");
        KeptFiles(tablet.DeviceId).Should().BeEmpty("nothing is kept for a lost tablet");
        againAll.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await Task.Delay(TimeSpan.FromSeconds(3)); // the preparation job runs; a revoked tablet is not among its devices
        KeptFiles(tablet.DeviceId).Should().BeEmpty();
        (await PackagesOfAsync(tablet.DeviceId)).Should().HaveCount(1, "nothing was prepared after the revocation");
    }

    [Fact]
    public async Task The_organising_committee_prepares_every_tablet_and_a_delegate_or_another_organisation_may_not()
    {
        var congressId = await factory.DemoCongressAsync();
        var staff = await Staff();
        await staff.UploadOkAsync(congressId, "Quy chế (chuẩn bị tất cả)", TestFiles.Docx("Quy chế."), "quy-che-2.docx");
        var tablet = await RegisterAsync("daibieu01", congressId);
        var before = await PreparedAsync(tablet.DeviceId, 1);
        // the kept folder lost (a new disk, a cleaned server): preparing all builds again what is missing
        foreach (var file in KeptFiles(tablet.DeviceId)) File.Delete(file);
        var url = $"/api/documents/congresses/{congressId}/devices/packages";

        var byDelegate = await tablet.Client.PostAsync(url, null);
        var otherOrganisation = await factory.SendAsync(Roles.OrganisingCommittee, "NB-X01", new PreparePackagesCommand(congressId));
        var accepted = await staff.PostAsync(url, null);
        var after = await PreparedAsync(tablet.DeviceId, before.Count + 1);
        var package = await FetchAsync(tablet.Client, tablet.DeviceId);

        byDelegate.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        otherOrganisation.Error!.Kind.Should().Be(ErrorKind.NotFound);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        (await accepted.Content.ReadFromJsonAsync<PreparingPackagesDto>())!.Devices.Should().BeGreaterThan(0);
        TabletPackageReader.Verify(package, tablet.Trusted, tablet.DeviceId, DateTime.UtcNow).PackageId.Should().Be(after[^1]);
        var listed = await staff.GetFromJsonAsync<List<DeviceDto>>($"/api/documents/congresses/{congressId}/devices");
        listed!.Single(d => d.Id == tablet.DeviceId).FullPackageAtUtc.Should().NotBeNull();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        (await db.AuditEntries.CountAsync(a => a.Action == "PreparePackagesCommand" && a.Payload.Contains(congressId.ToString()))).Should().BeGreaterThan(0);
        (await db.AuditEntries.CountAsync(a => a.Action == "PreparePackage" && a.Payload.Contains(tablet.DeviceId.ToString()))).Should().Be(after.Count,
            "every prepared package is audited");
    }
}

public sealed class PreparedPackageSqliteTests(DocumentsFactory factory) : PreparedPackageTests<DocumentsFactory>(factory), IClassFixture<DocumentsFactory>;

[Collection("postgres")]
public sealed class PreparedPackagePostgresTests(PostgresDocumentsFactory factory) : PreparedPackageTests<PostgresDocumentsFactory>(factory), IClassFixture<PostgresDocumentsFactory>;
