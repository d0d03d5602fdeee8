using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Playwright;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Congress.Portal.Tests;

/// <summary>
/// Documents in a real browser: a PDF for one discussion group is found by its members with and without diacritics and
/// is "not found" for a delegate of another group; the secretariat edits and publishes a synthesis that a presidium
/// reader then sees; the organising committee revokes a lost tablet and its session ends (docs/adr/0020, 0024, 0028).
/// </summary>
public sealed class DocumentsPortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 12, new PdfPoint(50, y), font);
            y -= 40;
        }
        return builder.Build();
    }

    private async Task<HttpClient> ApiAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        var token = await (await client.PostAsJsonAsync("/api/identity/token", new { userName, password = Congress.Testing.CongressFactory.DemoPassword }))
            .Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<Guid> UploadAsync(HttpClient client, Guid congressId, string title, byte[] file, string fileName, string audience = "AllDelegates", Guid? groupId = null)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        form.Add(new StringContent(title), "title");
        form.Add(new StringContent("Internal"), "classification");
        form.Add(new StringContent(audience), "audience");
        if (groupId is { } group) form.Add(new StringContent(group.ToString()), "groupId");
        var response = await client.PostAsync($"/api/documents/congresses/{congressId}/documents", form);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The tablet accounts daibieu01…03 with their delegates and discussion groups.</summary>
    private async Task<(Guid CongressId, IReadOnlyList<(string Account, Guid DelegateId, Guid? GroupId)> Tablets)> TabletsAsync()
    {
        var admin = await ApiAsync("admin");
        var secretariat = await ApiAsync("thuky");
        var congressId = (await secretariat.GetFromJsonAsync<JsonElement>("/api/delegates/congresses")).EnumerateArray().First().GetProperty("id").GetGuid();
        var accounts = (await admin.GetFromJsonAsync<JsonElement>("/api/identity/accounts")).EnumerateArray()
            .Where(a => a.GetProperty("userName").GetString()!.StartsWith("daibieu0") && a.GetProperty("delegateId").ValueKind == JsonValueKind.String)
            .Select(a => (Account: a.GetProperty("userName").GetString()!, DelegateId: a.GetProperty("delegateId").GetGuid())).OrderBy(a => a.Account).ToList();
        var tablets = new List<(string, Guid, Guid?)>();
        foreach (var (account, delegateId) in accounts)
        {
            var found = await secretariat.GetFromJsonAsync<JsonElement>($"/api/delegates/delegates/{delegateId}");
            tablets.Add((account, delegateId, found.TryGetProperty("discussionGroupId", out var g) && g.ValueKind == JsonValueKind.String ? g.GetGuid() : null));
        }
        return (congressId, tablets);
    }

    private static async Task SearchAsync(IPage page, string query)
    {
        var box = page.GetByTestId("document-search");
        await Assertions.Expect(box).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await box.FillAsync(query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task A_pdf_for_one_discussion_group_is_found_by_its_members_with_and_without_diacritics_and_not_by_another_group()
    {
        var (congressId, tablets) = await TabletsAsync();
        var secretariat = await ApiAsync("thuky");
        var groups = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/delegates/congresses/{congressId}/groups")).EnumerateArray()
            .Select(g => g.GetProperty("id").GetGuid()).ToList();
        groups.Should().HaveCountGreaterThan(1, "the demo congress has discussion groups");
        // daibieu01 reads in its group; daibieu02 is put in another one if it shares it
        var member = tablets[0] with { GroupId = tablets[0].GroupId ?? groups[0] };
        var outsiderGroup = tablets[1].GroupId is { } g && g != member.GroupId ? g : groups.First(x => x != member.GroupId);
        foreach (var (delegateId, group) in new[] { (member.DelegateId, member.GroupId!.Value), (tablets[1].DelegateId, outsiderGroup) })
            (await secretariat.PutAsJsonAsync($"/api/delegates/delegates/{delegateId}/group", new { groupId = group })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var outsider = tablets[1] with { GroupId = outsiderGroup };
        var word = "mx" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));
        var title = $"Gợi ý thảo luận tổ {word}";
        var documentId = await UploadAsync(secretariat, congressId, title,
            Pdf($"Gợi ý thảo luận {word}", "Đường lối phát triển kinh tế số của tỉnh."), "goi-y.pdf", "DiscussionGroup", member.GroupId);
        await UploadAsync(secretariat, congressId, $"Thông báo chung {word}", Pdf($"Thông báo {word}", "Đường lối chung."), "thong-bao.pdf");

        var reader = await portal.SignInAsync(member.Account);
        await reader.GotoAsync("/documents");
        // the group copy in Documents comes through the outbox: search until it is there
        await SearchAsync(reader, $"{word} đường lối");
        var hits = reader.GetByTestId("document-hit");
        for (var attempt = 0; attempt < 20 && await hits.Filter(new() { HasText = word }).CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await SearchAsync(reader, $"{word} đường lối");
        }
        await Assertions.Expect(hits.Filter(new() { HasText = title })).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await SearchAsync(reader, $"{word} duong loi kinh te so");
        await Assertions.Expect(hits.Filter(new() { HasText = title })).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(reader.GetByTestId("document").Filter(new() { HasText = title })).ToHaveCountAsync(1);

        // Documents learns of the group change through the outbox: the outsider's read is "not found" once it has
        var outsiderApi = await ApiAsync(outsider.Account);
        for (var attempt = 0; attempt < 60 && (await outsiderApi.GetAsync($"/api/documents/{documentId}")).StatusCode != HttpStatusCode.NotFound; attempt++)
            await Task.Delay(500);
        (await outsiderApi.GetAsync($"/api/documents/{documentId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var other = await portal.SignInAsync(outsider.Account);
        await other.GotoAsync("/documents");
        await SearchAsync(other, $"{word} duong loi");
        // the search ran (it finds the notice for everyone) and left the group's document out
        await Assertions.Expect(other.GetByTestId("document-hit").Filter(new() { HasText = $"Thông báo chung {word}" })).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        (await other.GetByTestId("document-hit").Filter(new() { HasText = title }).CountAsync()).Should().Be(0);
        (await other.GetByTestId("document").Filter(new() { HasText = title }).CountAsync()).Should().Be(0);
        (await outsiderApi.GetAsync($"/api/documents/{documentId}/view")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_secretariat_edits_and_publishes_a_synthesis_and_a_presidium_reader_sees_the_published_text()
    {
        var (congressId, tablets) = await TabletsAsync();
        var secretariat = await ApiAsync("thuky");
        var word = "mx" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));
        var documentId = await UploadAsync(secretariat, congressId, $"Dự thảo Nghị quyết {word}", Pdf("Điều 1. Mục tiêu phát triển kinh tế số đến năm 2030."), "nq.pdf");
        (await (await ApiAsync(tablets[0].Account)).PostAsJsonAsync($"/api/documents/{documentId}/comments",
            new { version = 1, section = 0, text = "Đề nghị lượng hoá chỉ tiêu kinh tế số." })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await secretariat.PostAsJsonAsync($"/api/documents/{documentId}/transcripts", new
        {
            version = 1, section = 0, speaker = "Đại biểu Đoàn số 3", spokenAtUtc = DateTime.UtcNow.AddMinutes(-10), text = "Cần chỉ tiêu kinh tế số rõ ràng theo từng năm.",
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        var presidium = tablets[^1];
        (await secretariat.PutAsJsonAsync($"/api/documents/congresses/{congressId}/presidium", new { delegateIds = new[] { presidium.DelegateId } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await portal.SignInAsync("thuky");
        await page.GotoAsync("/documents/synthesis");
        var choose = page.GetByTestId("synthesis-document");
        await choose.Locator($"option[value='{documentId}']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await choose.SelectOptionAsync(documentId.ToString());
        await page.GetByTestId("synthesis-section").FillAsync("0");
        await page.GetByTestId("synthesis-draft").ClickAsync();
        var theme = page.GetByTestId("synthesis-theme-text").First;
        await Assertions.Expect(theme).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var edited = $"Các ý kiến thống nhất đề nghị lượng hoá chỉ tiêu kinh tế số ({word}).";
        await theme.FillAsync(edited);
        await page.GetByTestId("synthesis-publish").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("synthesis-message")).ToContainTextAsync("Đã công bố", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("published-theme").First).ToContainTextAsync(edited);

        var reader = await portal.SignInAsync(presidium.Account);
        await reader.GotoAsync("/documents/synthesis");
        var readerChoose = reader.GetByTestId("synthesis-document");
        await readerChoose.Locator($"option[value='{documentId}']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await readerChoose.SelectOptionAsync(documentId.ToString());
        await Assertions.Expect(reader.GetByTestId("published-theme").First).ToContainTextAsync(edited, new() { Timeout = 10_000 });
        (await reader.GetByTestId("synthesis-publish").CountAsync()).Should().Be(0, "a delegate reads the synthesis, the secretariat edits it");
        (await reader.GetByTestId("transcript-record").CountAsync()).Should().Be(0, "speeches, and the agenda item they were said under, are entered by the secretariat");
    }

    [Fact]
    public async Task The_organising_committee_revokes_a_lost_tablet_on_the_devices_page_and_its_session_ends()
    {
        var (congressId, tablets) = await TabletsAsync();
        var tablet = await ApiAsync(tablets[0].Account);
        using var key = System.Security.Cryptography.ECDiffieHellman.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var registered = await tablet.PostAsJsonAsync($"/api/documents/congresses/{congressId}/devices",
            new { label = "Máy số 17", publicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()) });
        registered.StatusCode.Should().Be(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var deviceId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("device").GetProperty("id").GetGuid();
        (await tablet.GetAsync($"/api/documents/devices/{deviceId}/package")).StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await portal.SignInAsync("btc");
        await page.GotoAsync("/documents/devices");
        var row = page.Locator($"[data-testid=device][data-device='{deviceId}']");
        await Assertions.Expect(row).ToContainTextAsync("Máy số 17", new() { Timeout = 15_000 });
        await Assertions.Expect(row.GetByTestId("device-status")).ToContainTextAsync("Đang dùng");
        await Assertions.Expect(row.GetByTestId("device-package")).Not.ToHaveTextAsync("—", new() { Timeout = 10_000 }); // its full package made
        // before the day: every tablet's package prepared in the background (docs/adr/0031)
        await page.GetByTestId("devices-prepare").ClickAsync();
        await Assertions.Expect(page.GetByTestId("device-message")).ToContainTextAsync("Đang chuẩn bị gói cho", new() { Timeout = 10_000 });
        await row.GetByTestId("device-reason").FillAsync("Mất máy tại hội trường");
        await row.GetByTestId("device-revoke").ClickAsync();
        await Assertions.Expect(row.GetByTestId("device-status")).ToContainTextAsync("Đã thu hồi", new() { Timeout = 10_000 });
        (await row.GetByTestId("device-revoke").CountAsync()).Should().Be(0);

        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 60 && (status = (await tablet.GetAsync($"/api/documents/congresses/{congressId}/documents")).StatusCode) != HttpStatusCode.Unauthorized; attempt++)
            await Task.Delay(500);
        status.Should().Be(HttpStatusCode.Unauthorized, "revoking the tablet ended its delegate's session");
        (await (await ApiAsync(tablets[0].Account)).GetAsync($"/api/documents/devices/{deviceId}/package")).StatusCode.Should().Be(HttpStatusCode.Gone);

        // a delegate on the same page: their own tablet listed, no preparing for everyone, no revoking
        using var ownKey = System.Security.Cryptography.ECDiffieHellman.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var ownRegistered = await (await ApiAsync(tablets[1].Account)).PostAsJsonAsync($"/api/documents/congresses/{congressId}/devices",
            new { label = "Máy số 18", publicKey = Convert.ToBase64String(ownKey.ExportSubjectPublicKeyInfo()) });
        ownRegistered.StatusCode.Should().Be(HttpStatusCode.Created, await ownRegistered.Content.ReadAsStringAsync());
        var own = await portal.SignInAsync(tablets[1].Account);
        await own.GotoAsync("/documents/devices");
        await Assertions.Expect(own.GetByTestId("device").Filter(new() { HasText = "Máy số 18" })).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        (await own.GetByTestId("device").Filter(new() { HasText = "Máy số 17" }).CountAsync()).Should().Be(0, "another delegate's tablet");
        (await own.GetByTestId("devices-prepare").CountAsync()).Should().Be(0, "preparing every tablet is the organising committee's");
        (await own.GetByTestId("device-revoke").CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_document_attached_to_an_agenda_item_on_the_documents_page_opens_from_the_item_on_the_tablet()
    {
        var (congressId, tablets) = await TabletsAsync();
        var secretariat = await ApiAsync("thuky");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var session = await (await secretariat.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions", new { kind = "Official", title = "Phiên chính thức", day = today }))
            .Content.ReadFromJsonAsync<Guid>();
        var at = DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(9, 0)).AddHours(-7), DateTimeKind.Utc);
        var item = (await (await secretariat.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions/{session}/items",
            new { title = "Thảo luận dự thảo văn kiện", kind = "Discussion", plannedStartUtc = at, plannedMinutes = 60 })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var word = Guid.NewGuid().ToString("N")[..8];
        var attached = $"Dự thảo văn kiện {word}";
        await UploadAsync(secretariat, congressId, attached, Pdf("Phần thứ nhất. Đánh giá kết quả nhiệm kỳ."), "van-kien.pdf");
        await UploadAsync(secretariat, congressId, $"Thông báo khác {word}", Pdf("Thông báo."), "khac.pdf");

        var staff = await portal.SignInAsync("thuky");
        await staff.GotoAsync("/documents");
        var row = staff.GetByTestId("document").Filter(new() { HasText = attached });
        await row.GetByTestId("document-agenda-item").SelectOptionAsync(item.ToString(), new() { Timeout = 15_000 });
        var listed = false;
        for (var attempt = 0; attempt < 40 && !listed; attempt++)
        {
            var documents = await secretariat.GetFromJsonAsync<JsonElement>($"/api/documents/congresses/{congressId}/agenda-items/{item}/documents");
            listed = documents.EnumerateArray().Any(d => d.GetProperty("title").GetString() == attached);
            if (!listed) await Task.Delay(250);
        }
        listed.Should().BeTrue("the staff attached the document to the item on the documents page");

        var tablet = await portal.SignInAsync(tablets[2].Account);
        await tablet.GotoAsync("/agenda/tablet");
        var itemRow = tablet.GetByTestId("programme-item").Filter(new() { HasText = "Thảo luận dự thảo văn kiện" });
        await itemRow.GetByTestId("item-documents").ClickAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(tablet.GetByTestId("agenda-item-filter")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(tablet.GetByTestId("document").Filter(new() { HasText = attached })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        (await tablet.GetByTestId("document").Filter(new() { HasText = $"Thông báo khác {word}" }).CountAsync()).Should().Be(0, "only the item's documents are listed");
        (await tablet.GetByTestId("document-agenda-item").CountAsync()).Should().Be(0, "a delegate attaches nothing");
    }
}
