using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Application.Devices;
using Congress.Modules.Documents.Application.Devices.FetchPackage;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Contracts.Packages;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Congress.Testing;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Congress.Modules.Documents.Tests;

/// <summary>
/// Signed, encrypted tablet packages (docs/adr/0024) through the REST API, opened the way a tablet opens them
/// (<see cref="TabletPackageReader"/>, with the key pair the tablet made); SQLite, and PostgreSQL when it runs.
/// </summary>
public abstract class TabletPackageTests<TFactory>(TFactory factory) where TFactory : DocumentsFactory
{
    private Task<HttpClient> Staff() => factory.ClientForAsync("btc");

    private static string PublicKeyOf(ECDiffieHellman key) => TestTablet.PublicKeyOf(key);

    private async Task<TestTablet> RegisterAsync(string account, Guid congressId) =>
        await TestTablet.RegisterAsync(await factory.ClientForAsync(account), congressId, $"Máy của {account}");

    private static Task<TabletPackage> FetchAsync(TestTablet tablet, DateTime? since = null) => tablet.FetchAsync(since);

    private static IReadOnlyList<OpenedDocument> Open(TestTablet tablet, TabletPackage package, DateTime? now = null) =>
        TabletPackageReader.Open(package, tablet.Key, tablet.Trusted, tablet.DeviceId, now ?? DateTime.UtcNow);

    [Fact]
    public async Task A_delegate_fetches_a_package_that_verifies_and_decrypts_to_the_watermarked_documents_they_may_read_and_no_confidential_one()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var groups = await GroupsAsync(congressId, delegates);
        var otherGroup = groups.Values.First(g => g != groups[delegates[0]]);
        var staff = await Staff();
        var programme = await staff.UploadOkAsync(congressId, "Chương trình Đại hội (gói)", TestFiles.Pdf("Chương trình Đại hội ngày thứ nhất"), "chuong-trinh.pdf");
        var resolution = await staff.UploadOkAsync(congressId, "Dự thảo Nghị quyết (gói)", TestFiles.Docx("Điều 1. Thông qua báo cáo."), "nghi-quyet.docx", "Public");
        var confidential = await staff.UploadOkAsync(congressId, "Danh sách đề cử (mật, gói)", TestFiles.Docx("Danh sách đề cử"), "de-cu.docx", "Confidential");
        var forAnother = await staff.UploadOkAsync(congressId, "Riêng đại biểu 02 (gói)", TestFiles.Docx("Riêng"), "rieng.docx", "Internal", "NamedDelegates", [delegates[1]]);
        var forOtherGroup = await staff.UploadOkAsync(congressId, "Tài liệu tổ khác (gói)", TestFiles.Docx("Tổ khác"), "to-khac.docx", "Internal", "DiscussionGroup", groupId: otherGroup);
        var tablet = await RegisterAsync("daibieu01", congressId);

        var package = await FetchAsync(tablet);
        var opened = Open(tablet, package);
        var manifest = TabletPackageReader.Verify(package, tablet.Trusted, tablet.DeviceId, DateTime.UtcNow);

        manifest.DeviceId.Should().Be(tablet.DeviceId);
        manifest.DelegateId.Should().Be(delegates[0]);
        manifest.SinceUtc.Should().BeNull("a first package is a full one");
        manifest.ExpiresAtUtc.Should().BeAfter(manifest.IssuedAtUtc);
        opened.Select(d => d.Entry.DocumentId).Should().Contain([programme.Id, resolution.Id])
            .And.NotContain([confidential.Id, forAnother.Id, forOtherGroup.Id]);
        manifest.Holdings.Select(h => h.DocumentId).Should().Contain([programme.Id, resolution.Id]).And.NotContain(confidential.Id);
        var pdf = opened.Single(d => d.Entry.DocumentId == programme.Id);
        // marked for the tablet's delegate — code and name, fixed when the tablet was registered (docs/adr/0031)
        RosterEntry person;
        await using (var roster = factory.Services.CreateAsyncScope())
            person = (await roster.ServiceProvider.GetRequiredService<IDelegateRoster>().FindAsync(congressId, delegates[0], default))!;
        using (var copy = PdfDocument.Open(pdf.Content))
            copy.GetPages().Should().OnlyContain(p => p.Text.Contains(person.Code) && p.Text.Contains(pdf.Entry.WatermarkCode));
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(opened.Single(d => d.Entry.DocumentId == resolution.Id).Content), false))
            word.MainDocumentPart!.Document!.Body!.InnerText.Should().Contain("Điều 1. Thông qua báo cáo.").And.Contain($"Bản của {person.Code} {person.FullName}");
        package.Files.Select(f => Convert.FromBase64String(f.Ciphertext)).Should().OnlyContain(b => !IsPdf(b), "the files travel encrypted");
        await using var scope = factory.Services.CreateAsyncScope();
        var mark = await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Watermarks.SingleAsync(w => w.Code == pdf.Entry.WatermarkCode);
        (mark.Purpose, mark.RecipientDelegateId, mark.DocumentId).Should().Be(("package", delegates[0], new DocumentId(programme.Id)));
    }

    [Fact]
    public async Task Another_delegate_or_organisation_cannot_fetch_a_tablets_package_and_another_device_key_cannot_open_it()
    {
        var congressId = await factory.DemoCongressAsync();
        await (await Staff()).UploadOkAsync(congressId, "Quy chế (gói)", TestFiles.Docx("Quy chế làm việc"), "quy-che.docx");
        var tablet = await RegisterAsync("daibieu01", congressId);
        var package = await FetchAsync(tablet);

        var otherDelegate = await (await factory.ClientForAsync("daibieu02")).GetAsync($"/api/documents/devices/{tablet.DeviceId}/package");
        var otherVerify = await (await factory.ClientForAsync("daibieu02")).PostAsJsonAsync($"/api/documents/devices/{tablet.DeviceId}/packages/verify",
            new { manifest = package.Manifest, signature = package.Signature });
        var observer = await (await factory.ClientForAsync("quansat")).GetAsync($"/api/documents/devices/{tablet.DeviceId}/package");
        var otherOrganisation = await factory.SendAsync(Roles.Secretariat, "NB-X01", new FetchPackageCommand(tablet.DeviceId, null));
        using var stolenKey = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);

        otherDelegate.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await otherDelegate.Content.ReadAsStringAsync()).Should().NotContain("manifest");
        otherVerify.StatusCode.Should().Be(HttpStatusCode.NotFound);
        observer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        otherOrganisation.Error!.Kind.Should().Be(ErrorKind.NotFound);
        package.Files.Should().NotBeEmpty();
        var withOtherKey = () => TabletPackageReader.Open(package, stolenKey, tablet.Trusted, tablet.DeviceId, DateTime.UtcNow);
        withOtherKey.Should().Throw<TabletPackageRejectedException>().Which.Reason.Should().Be("tampered", "only the registered device's key opens the files");
        var onAnotherDevice = () => TabletPackageReader.Verify(package, tablet.Trusted, Guid.NewGuid(), DateTime.UtcNow);
        onAnotherDevice.Should().Throw<TabletPackageRejectedException>().Which.Reason.Should().Be("wrong_device");
    }

    [Fact]
    public async Task A_tampered_file_manifest_or_signature_fails_verification_on_the_tablet_and_at_the_server()
    {
        var congressId = await factory.DemoCongressAsync();
        await (await Staff()).UploadOkAsync(congressId, "Báo cáo chính trị (gói)", TestFiles.Docx("Báo cáo chính trị"), "bao-cao.docx");
        var tablet = await RegisterAsync("daibieu01", congressId);
        var package = await FetchAsync(tablet);
        var verifyUrl = $"/api/documents/devices/{tablet.DeviceId}/packages/verify";

        var file = Convert.FromBase64String(package.Files[0].Ciphertext);
        file[^3] ^= 0x01;
        var changedFile = package with { Files = [package.Files[0] with { Ciphertext = Convert.ToBase64String(file) }, .. package.Files.Skip(1)] };
        var json = JsonNode.Parse(Convert.FromBase64String(package.Manifest))!;
        json["expiresAtUtc"] = DateTime.UtcNow.AddYears(5).ToString("O");
        var changedManifest = package with { Manifest = Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString())) };
        var signature = Convert.FromBase64String(package.Signature);
        signature[5] ^= 0x40;
        var changedSignature = package with { Signature = Convert.ToBase64String(signature) };
        var fileDropped = package with { Files = package.Files.Skip(1).ToList() };

        foreach (var (tampered, what) in new[] { (changedFile, "a file"), (changedManifest, "the manifest"), (changedSignature, "the signature"), (fileDropped, "a dropped file") })
        {
            var open = () => Open(tablet, tampered);
            open.Should().Throw<TabletPackageRejectedException>($"{what} was changed").Which.Reason.Should().Be("tampered");
        }
        var atServer = await tablet.Client.PostAsJsonAsync(verifyUrl, new { manifest = changedManifest.Manifest, signature = package.Signature });
        var badSignature = await tablet.Client.PostAsJsonAsync(verifyUrl, new { manifest = package.Manifest, signature = changedSignature.Signature });
        var intact = await tablet.Client.PostAsJsonAsync(verifyUrl, new { manifest = package.Manifest, signature = package.Signature });

        atServer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await atServer.Content.ReadAsStringAsync()).Should().Contain("documents.package.tampered");
        badSignature.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        intact.StatusCode.Should().Be(HttpStatusCode.OK, await intact.Content.ReadAsStringAsync());
        (await intact.Content.ReadFromJsonAsync<PackageStatusDto>())!.Current.Should().BeTrue();
        Open(tablet, package).Should().NotBeEmpty("the untouched package still opens");
    }

    [Fact]
    public async Task An_expired_package_will_not_open_on_the_tablet_and_the_server_answers_410()
    {
        var congressId = await factory.DemoCongressAsync();
        await (await Staff()).UploadOkAsync(congressId, "Lịch làm việc (gói)", TestFiles.Docx("Sáng: khai mạc."), "lich.docx");
        var tablet = await RegisterAsync("daibieu01", congressId);
        var package = await FetchAsync(tablet);
        var manifest = TabletPackageReader.Verify(package, tablet.Trusted, tablet.DeviceId, DateTime.UtcNow);
        // the server's own clock cannot be moved: a package it signed yesterday with yesterday's expiry stands in for an old one
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var old = factory.Services.GetRequiredService<IPackageSealer>().Seal(new PackageDraft(Guid.NewGuid(), tablet.DeviceId, delegates[0], congressId,
            DateTime.UtcNow.AddDays(-5), DateTime.UtcNow.AddMinutes(-1), null, DateTime.UtcNow.AddDays(-5), [], []), PublicKeyOf(tablet.Key)).Package;

        var afterExpiry = () => Open(tablet, package, manifest.ExpiresAtUtc.AddSeconds(1));
        afterExpiry.Should().Throw<TabletPackageRejectedException>().Which.Reason.Should().Be("expired");
        var oldOnTablet = () => Open(tablet, old);
        oldOnTablet.Should().Throw<TabletPackageRejectedException>().Which.Reason.Should().Be("expired");
        Open(tablet, package, manifest.ExpiresAtUtc.AddSeconds(-1)).Should().NotBeEmpty("it opens until it expires");
        var atServer = await tablet.Client.PostAsJsonAsync($"/api/documents/devices/{tablet.DeviceId}/packages/verify", new { manifest = old.Manifest, signature = old.Signature });
        atServer.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await atServer.Content.ReadAsStringAsync()).Should().Contain("documents.package.expired");
    }

    [Fact]
    public async Task A_revoked_tablet_is_refused_at_its_next_sync_with_nothing_in_the_body_and_its_packages_are_no_longer_current()
    {
        var congressId = await factory.DemoCongressAsync();
        await (await Staff()).UploadOkAsync(congressId, "Tài liệu trước khi mất máy", TestFiles.Docx("Nội dung"), "truoc.docx");
        var tablet = await RegisterAsync("daibieu01", congressId);
        var package = await FetchAsync(tablet);
        var secretariat = await Staff();

        var byDelegate = await tablet.Client.PostAsJsonAsync($"/api/documents/devices/{tablet.DeviceId}/revoke", new { reason = "tự thu hồi" });
        var revoked = await secretariat.PostAsJsonAsync($"/api/documents/devices/{tablet.DeviceId}/revoke", new { reason = "Mất máy tại hội trường" });
        // the revocation also ends the delegate's sessions (docs/adr/0028): once it has, the device is refused even to a new sign-in
        await DocumentsApi.SessionEndedAsync(tablet.Client, congressId);
        var signedInAgain = await factory.ClientForAsync("daibieu01");
        var sync = await signedInAgain.GetAsync($"/api/documents/devices/{tablet.DeviceId}/package");
        var syncSince = await signedInAgain.GetAsync($"/api/documents/devices/{tablet.DeviceId}/package?since={Uri.EscapeDataString(DateTime.UtcNow.ToString("O"))}");
        var verify = await signedInAgain.PostAsJsonAsync($"/api/documents/devices/{tablet.DeviceId}/packages/verify", new { manifest = package.Manifest, signature = package.Signature });
        var again = await secretariat.PostAsJsonAsync($"/api/documents/devices/{tablet.DeviceId}/revoke", new { reason = "lần nữa" });

        byDelegate.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        revoked.StatusCode.Should().Be(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        foreach (var refused in new[] { sync, syncSince, verify })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.Gone);
            var body = await refused.Content.ReadAsStringAsync();
            body.Should().Contain("documents.device.revoked").And.NotContain("manifest").And.NotContain("ciphertext").And.NotContain("signature");
        }
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var listed = await secretariat.GetFromJsonAsync<List<DeviceDto>>($"/api/documents/congresses/{congressId}/devices");
        listed.Should().ContainSingle(d => d.Id == tablet.DeviceId).Which.RevokedAtUtc.Should().NotBeNull();
        (await (await factory.ClientForAsync("daibieu02")).GetFromJsonAsync<List<DeviceDto>>($"/api/documents/congresses/{congressId}/devices"))
            .Should().NotContain(d => d.Id == tablet.DeviceId, "a delegate lists only their own tablets");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        var device = await db.Devices.AsNoTracking().SingleAsync(d => d.Id == tablet.DeviceId);
        device.RevokedBy.Should().Contain("btc");
        device.RevocationReason.Should().Be("Mất máy tại hội trường");
        device.RefusedSyncs.Should().Be(2, "a lost tablet still trying is recorded");
        (await db.AuditEntries.CountAsync(a => a.Action == "RevokeDeviceCommand" && a.Payload.Contains(tablet.DeviceId.ToString()))).Should().Be(1);
        (await db.DevicePackages.CountAsync(p => p.DeviceId == tablet.DeviceId)).Should().Be(1, "nothing was issued after the revocation");
    }

    [Fact]
    public async Task A_tablet_syncing_again_with_nothing_changed_gets_the_package_already_sealed_for_it_and_a_change_makes_a_new_one()
    {
        var congressId = await factory.DemoCongressAsync();
        await (await Staff()).UploadOkAsync(congressId, "Chương trình (giữ gói)", TestFiles.Docx("Phiên khai mạc."), "ct.docx");
        var tablet = await RegisterAsync("daibieu01", congressId);
        var other = await RegisterAsync("daibieu01", congressId); // the same delegate's second tablet: its own package, its own key

        var first = await FetchAsync(tablet);
        var again = await FetchAsync(tablet);
        var otherPackage = await FetchAsync(other);
        again.Manifest.Should().Be(first.Manifest, "nothing the delegate may read changed: the package kept for this device is sent again");
        again.Files.Select(f => f.Ciphertext).Should().Equal(first.Files.Select(f => f.Ciphertext));
        Open(tablet, again).Should().NotBeEmpty();
        otherPackage.Manifest.Should().NotBe(first.Manifest, "a package is sealed per device");
        Open(other, otherPackage).Should().NotBeEmpty();
        var openWithWrongKey = () => Open(other, again);
        openWithWrongKey.Should().Throw<TabletPackageRejectedException>();

        await (await Staff()).UploadOkAsync(congressId, "Nghị quyết (giữ gói)", TestFiles.Docx("Điều 1."), "nq.docx");
        var changed = await FetchAsync(tablet);
        changed.Manifest.Should().NotBe(first.Manifest, "a new document makes a new package");
        Open(tablet, changed).Select(d => d.Entry.Title).Should().Contain("Nghị quyết (giữ gói)");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        (await db.DevicePackages.CountAsync(p => p.DeviceId == tablet.DeviceId)).Should().Be(2, "the package sent again was not issued again");
        (await db.AuditEntries.CountAsync(a => a.Action == "FetchPackageCommand" && a.Payload.Contains(tablet.DeviceId.ToString()))).Should().Be(3, "every sync is audited");
        (await db.Devices.AsNoTracking().SingleAsync(d => d.Id == tablet.DeviceId)).LastSyncAtUtc.Should().NotBeNull();
    }

    [Fact]
    public async Task After_a_new_version_only_the_changed_document_travels_and_the_holdings_list_the_rest()
    {
        var congressId = await factory.DemoCongressAsync();
        var staff = await Staff();
        var changing = await staff.UploadOkAsync(congressId, "Dự thảo sẽ sửa (gói)", TestFiles.Docx("Phiên bản một."), "v1.docx");
        var steady = await staff.UploadOkAsync(congressId, "Tài liệu không đổi (gói)", TestFiles.Docx("Không đổi."), "on-dinh.docx");
        var tablet = await RegisterAsync("daibieu01", congressId);
        var first = TabletPackageReader.Verify(await FetchAsync(tablet), tablet.Trusted, tablet.DeviceId, DateTime.UtcNow);

        (await staff.UploadVersionAsync(changing.Id, TestFiles.Docx("Phiên bản hai."), "v2.docx", "Tiếp thu ý kiến")).EnsureSuccessStatusCode();
        var next = await FetchAsync(tablet, first.AsOfUtc);
        var opened = Open(tablet, next);
        var manifest = TabletPackageReader.Verify(next, tablet.Trusted, tablet.DeviceId, DateTime.UtcNow);
        var nothingNew = TabletPackageReader.Verify(await FetchAsync(tablet, manifest.AsOfUtc), tablet.Trusted, tablet.DeviceId, DateTime.UtcNow);
        var preinstalled = await (await Staff()).GetFromJsonAsync<TabletPackage>($"/api/documents/devices/{tablet.DeviceId}/package");

        first.Documents.Select(d => d.DocumentId).Should().Contain([changing.Id, steady.Id]);
        manifest.SinceUtc.Should().Be(first.AsOfUtc);
        opened.Should().ContainSingle().Which.Entry.Should().Match<TabletPackageEntry>(e => e.DocumentId == changing.Id && e.Version == 2);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(opened[0].Content), false))
            word.MainDocumentPart!.Document!.Body!.InnerText.Should().Contain("Phiên bản hai.");
        manifest.Holdings.Should().Contain(new TabletPackageHolding(changing.Id, 2)).And.Contain(new TabletPackageHolding(steady.Id, 1));
        nothingNew.Documents.Should().BeEmpty("nothing changed since");
        TabletPackageReader.Verify(preinstalled!, tablet.Trusted, tablet.DeviceId, DateTime.UtcNow).Documents.Select(d => d.DocumentId)
            .Should().Contain([changing.Id, steady.Id], "the organising committee may fetch a full package to preinstall the tablet");
    }

    [Fact]
    public async Task Registration_refuses_a_bad_key_a_reused_key_and_a_delegate_registering_someone_elses_tablet()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var client = await factory.ClientForAsync("daibieu01");
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        using var rsa = RSA.Create(2048);
        var url = $"/api/documents/congresses/{congressId}/devices";
        int Count()
        {
            using var scope = factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Devices.Count();
        }
        var before = Count();

        var garbage = await client.PostAsJsonAsync(url, new { label = "Máy 1", publicKey = "không phải khoá" });
        var notP256 = await client.PostAsJsonAsync(url, new { label = "Máy 1", publicKey = Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()) });
        var forSomeoneElse = await client.PostAsJsonAsync(url, new { delegateId = delegates[1], label = "Máy 2", publicKey = PublicKeyOf(key) });
        var observer = await (await factory.ClientForAsync("quansat")).PostAsJsonAsync(url, new { label = "Máy 3", publicKey = PublicKeyOf(key) });
        var staffWithoutDelegate = await (await Staff()).PostAsJsonAsync(url, new { label = "Máy 4", publicKey = PublicKeyOf(key) });
        var unchanged = Count();
        var ok = await client.PostAsJsonAsync(url, new { label = "Máy 5", publicKey = PublicKeyOf(key) });
        var reused = await (await Staff()).PostAsJsonAsync(url, new { delegateId = delegates[1], label = "Máy 6", publicKey = PublicKeyOf(key) });

        garbage.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        notP256.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        forSomeoneElse.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        observer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        staffWithoutDelegate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unchanged.Should().Be(before, "nothing is half-written");
        ok.StatusCode.Should().Be(HttpStatusCode.Created);
        reused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await reused.Content.ReadAsStringAsync()).Should().Contain("documents.device.key_in_use");
    }

    private static bool IsPdf(byte[] bytes) => bytes.AsSpan().IndexOf("%PDF"u8) >= 0;

    /// <summary>Documents' copy of the discussion groups, once the relay has delivered Delegates' events.</summary>
    private async Task<Dictionary<Guid, Guid>> GroupsAsync(Guid congressId, IReadOnlyList<Guid> delegates)
    {
        var groups = new Dictionary<Guid, Guid>();
        bool Ready() => groups.TryGetValue(delegates[0], out var own) && delegates.Any(d => groups.TryGetValue(d, out var g) && g != own);
        for (var attempt = 0; attempt < 100 && !Ready(); attempt++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            groups = await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().GroupMemberships.AsNoTracking()
                .Where(g => g.CongressId == congressId).ToDictionaryAsync(g => g.DelegateId, g => g.GroupId);
            if (!Ready()) await Task.Delay(200);
        }
        Ready().Should().BeTrue("Documents learns the discussion groups from Delegates' events");
        return groups;
    }
}

public sealed class TabletPackageSqliteTests(DocumentsFactory factory) : TabletPackageTests<DocumentsFactory>(factory), IClassFixture<DocumentsFactory>;

[Collection("postgres")]
public sealed class TabletPackagePostgresTests(PostgresDocumentsFactory factory) : TabletPackageTests<PostgresDocumentsFactory>(factory), IClassFixture<PostgresDocumentsFactory>;
