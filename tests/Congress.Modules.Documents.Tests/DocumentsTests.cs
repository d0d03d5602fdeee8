using System.Net;
using System.Net.Http.Json;
using System.Text;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Documents.GetDocument;
using Congress.Modules.Documents.Application.Documents.SearchDocuments;
using Congress.Modules.Documents.Application.Documents.ViewDocument;
using Congress.Modules.Documents.Application.Documents.DownloadDocument;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Modules.Documents.Infrastructure.Security;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using Congress.Testing;
using FluentAssertions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Congress.Modules.Documents.Tests;

/// <summary>Documents through the REST API on a real migrated database with the demo congress; SQLite, and PostgreSQL when it runs.</summary>
public abstract class DocumentsTests<TFactory>(TFactory factory) where TFactory : DocumentsFactory
{
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType];

    private Task<HttpClient> Staff() => factory.ClientForAsync("btc");

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        return await db.Documents.CountAsync() + await db.Versions.CountAsync();
    }

    [Fact]
    public async Task An_uploaded_pdf_is_kept_as_uploaded_encrypted_and_its_vietnamese_text_is_extracted_in_NFC()
    {
        var congressId = await factory.DemoCongressAsync();
        var client = await Staff();
        // the line is written decomposed (NFD); what is extracted and shown must be NFC
        var file = TestFiles.Pdf("Nghị quyết Đại hội Đảng bộ tỉnh".Normalize(NormalizationForm.FormD), "Báo cáo chính trị nhiệm kỳ 2025–2030");

        var document = await client.UploadOkAsync(congressId, "Dự thảo Nghị quyết", file, "nghi-quyet.pdf");
        var viewed = await client.GetFromJsonAsync<ViewedDocumentDto>($"/api/documents/{document.Id}/view");

        document.HasText.Should().BeTrue();
        viewed!.Text.Should().Contain("Nghị quyết Đại hội Đảng bộ tỉnh").And.Contain("Báo cáo chính trị");
        viewed.Text.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
        viewed.Version.Format.Should().Be("Pdf");
        await using var scope = factory.Services.CreateAsyncScope();
        var version = await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Versions.SingleAsync(v => v.DocumentId == new DocumentId(document.Id));
        version.SealedContent.AsSpan().IndexOf("%PDF"u8).Should().Be(-1, "the database holds only ciphertext");
        version.WrappedKey.Should().StartWith("aesgcm:");
        scope.ServiceProvider.GetRequiredService<IDocumentVault>().OpenContent(version.Id.Value, version.WrappedKey, version.SealedContent)
            .Should().Equal(file, "the file is kept exactly as uploaded");
    }

    [Fact]
    public async Task A_docx_is_read_paragraph_by_paragraph_without_its_deleted_tracked_changes_and_a_scan_is_flagged()
    {
        var congressId = await factory.DemoCongressAsync();
        var client = await Staff();
        var docx = TestFiles.Docx(["Điều 1. Thông qua báo cáo chính trị.", "Điều 2. Giao Ban Chấp hành tổ chức thực hiện."], deletedText: "CÂU ĐÃ XOÁ");

        var document = await client.UploadOkAsync(congressId, "Nghị quyết", docx, "nghi-quyet.docx");
        var scan = await client.UploadOkAsync(congressId, "Bản quét biên bản", TestFiles.PdfWithoutText(2), "bien-ban.pdf");
        var viewed = await client.GetFromJsonAsync<ViewedDocumentDto>($"/api/documents/{document.Id}/view");

        viewed!.Text.Should().Be("Điều 1. Thông qua báo cáo chính trị.\n\nĐiều 2. Giao Ban Chấp hành tổ chức thực hiện.");
        viewed.Text.Should().NotContain("ĐÃ XOÁ");
        document.HasText.Should().BeTrue();
        scan.HasText.Should().BeFalse("a document with no extractable text is flagged");
    }

    [Fact]
    public async Task A_delegate_outside_the_audience_gets_not_found_on_view_download_and_search_while_one_inside_reads_it()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var word = DocumentsApi.UniqueWord();
        var staff = await Staff();
        var document = await staff.UploadOkAsync(congressId, "Tài liệu cho đại biểu 01", TestFiles.Docx($"Phương án nhân sự {word}"), "nhan-su.docx",
            "Internal", "NamedDelegates", [delegates[0]]);
        var inside = await factory.ClientForAsync("daibieu01");
        var outside = await factory.ClientForAsync("daibieu02");

        (await outside.GetAsync($"/api/documents/{document.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outside.GetAsync($"/api/documents/{document.Id}/view")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outside.GetAsync($"/api/documents/{document.Id}/download")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outside.GetAsync($"/api/documents/{document.Id}/diff")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outside.SearchAsync(congressId, word)).Should().BeEmpty();
        (await outside.GetFromJsonAsync<List<DocumentDto>>($"/api/documents/congresses/{congressId}/documents"))!.Should().NotContain(d => d.Id == document.Id);

        (await inside.GetAsync($"/api/documents/{document.Id}/view")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await inside.SearchAsync(congressId, word)).Should().ContainSingle(h => h.DocumentId == document.Id);
        (await inside.GetAsync($"/api/documents/{document.Id}/download")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_document_for_a_discussion_group_or_the_presidium_reaches_only_its_members()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        // Documents keeps its own copy of the groups, from Delegates' integration events: wait for the relay to deliver them
        var groups = new Dictionary<Guid, Guid>();
        bool Ready() => groups.TryGetValue(delegates[0], out var own) && delegates.Any(d => groups.TryGetValue(d, out var g) && g != own);
        for (var attempt = 0; attempt < 100 && !Ready(); attempt++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            groups = await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().GroupMemberships.AsNoTracking()
                .Where(g => g.CongressId == congressId).ToDictionaryAsync(g => g.DelegateId, g => g.GroupId);
            if (!Ready()) await Task.Delay(200);
        }
        var member = delegates[0];
        var outsider = delegates.First(d => groups.TryGetValue(d, out var g) && g != groups[member]);
        var client = await Staff();
        var forGroup = await client.UploadOkAsync(congressId, "Tài liệu thảo luận Tổ", TestFiles.Docx("Gợi ý thảo luận tại Tổ"), "to.docx",
            "Internal", "DiscussionGroup", groupId: groups[member]);
        (await factory.SendAsync(Roles.Secretariat, "NB", new Application.Presidium.SetPresidium.SetPresidiumCommand(congressId, [outsider]))).IsSuccess.Should().BeTrue();
        var forPresidium = await client.UploadOkAsync(congressId, "Kịch bản điều hành", TestFiles.Docx("Kịch bản điều hành phiên khai mạc"), "kich-ban.docx",
            "Confidential", "Presidium");

        (await AsDelegateAsync(member, new GetDocumentQuery(forGroup.Id))).IsSuccess.Should().BeTrue();
        (await AsDelegateAsync(outsider, new GetDocumentQuery(forGroup.Id))).Error!.Kind.Should().Be(ErrorKind.NotFound);
        (await AsDelegateAsync(outsider, new GetDocumentQuery(forPresidium.Id))).IsSuccess.Should().BeTrue();
        (await AsDelegateAsync(member, new GetDocumentQuery(forPresidium.Id))).Error!.Kind.Should().Be(ErrorKind.NotFound);
    }

    private Task<T> AsDelegateAsync<T>(Guid delegateId, IRequest<T> request) =>
        factory.AsCallerAsync(Roles.Delegate, "NB", s => s.GetRequiredService<IMediator>().Send(request), delegateId);

    [Fact]
    public async Task A_confidential_document_is_view_only_for_its_readers_and_hidden_from_observers_and_monitors()
    {
        var congressId = await factory.DemoCongressAsync();
        var document = await (await Staff()).UploadOkAsync(congressId, "Danh sách đề cử (mật)", TestFiles.Docx("Danh sách đề cử Ban Chấp hành"), "de-cu.docx",
            "Confidential", "AllDelegates");
        var delegateClient = await factory.ClientForAsync("daibieu01");

        (await delegateClient.GetAsync($"/api/documents/{document.Id}/view")).StatusCode.Should().Be(HttpStatusCode.OK);
        var download = await delegateClient.GetAsync($"/api/documents/{document.Id}/download");
        download.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await download.Content.ReadAsStringAsync()).Should().Contain("documents.view_only");
        (await (await factory.ClientForAsync("quansat")).GetAsync($"/api/documents/{document.Id}/view")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await factory.ClientForAsync("giamsat")).GetAsync($"/api/documents/{document.Id}/view")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_organisations_staff_find_nothing_of_the_province_congress_and_may_not_upload_to_it()
    {
        var congressId = await factory.DemoCongressAsync();
        var document = await (await Staff()).UploadOkAsync(congressId, "Công khai", TestFiles.Docx("Chương trình Đại hội"), "ct.docx", "Public");

        var viewed = await factory.SendAsync(Roles.Secretariat, "NB-X01", new GetDocumentQuery(document.Id));
        var search = await factory.SendAsync(Roles.Secretariat, "NB-X01", new SearchDocumentsQuery(congressId, "Chương trình"));
        var download = await factory.SendAsync(Roles.OrganisingCommittee, "NB-X01", new DownloadDocumentCommand(document.Id));
        var uploaded = await factory.SendAsync(Roles.OrganisingCommittee, "NB-X01", new Application.Documents.UploadDocument.UploadDocumentCommand(
            congressId, "Không được", Classification.Public, AudienceKind.AllDelegates, null, [], "x.docx", TestFiles.Docx("x")));
        var asDelegateRole = await (await factory.ClientForAsync("daibieu01")).UploadAsync(congressId, "Không được", TestFiles.Docx("x"), "x.docx");

        viewed.Error!.Kind.Should().Be(ErrorKind.NotFound);
        search.Error!.Kind.Should().Be(ErrorKind.NotFound);
        download.Error!.Kind.Should().Be(ErrorKind.NotFound);
        uploaded.Error!.Kind.Should().Be(ErrorKind.NotFound);
        asDelegateRole.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Search_finds_with_and_without_diacritics_including_đ_ranks_the_exact_spelling_first_and_highlights()
    {
        var congressId = await factory.DemoCongressAsync();
        var word = DocumentsApi.UniqueWord();
        var client = await Staff();
        var party = await client.UploadOkAsync(congressId, "Văn kiện A", TestFiles.Docx($"Nghị quyết của Đảng bộ tỉnh về {word} nhiệm kỳ mới"), "a.docx");
        var busy = await client.UploadOkAsync(congressId, "Văn kiện B", TestFiles.Docx($"Nghi quyet nay dang duoc bo sung ve {word} nhiem ky moi"), "b.docx");
        var other = await client.UploadOkAsync(congressId, "Văn kiện C", TestFiles.Docx($"Bộ tiêu chí {word} của tỉnh, Đảng viên nhiệm kỳ mới"), "c.docx");

        (await client.SearchAsync(congressId, $"nghi quyet {word}")).Select(h => h.DocumentId).Should().Contain([party.Id, busy.Id]).And.NotContain(other.Id);
        (await client.SearchAsync(congressId, $"NGHỊ QUYẾT {word}")).Select(h => h.DocumentId).Should().Contain([party.Id, busy.Id]);
        (await client.SearchAsync(congressId, $"dang bo {word}")).Select(h => h.DocumentId).Should().Contain([party.Id, busy.Id, other.Id]);
        var exact = await client.SearchAsync(congressId, $"Đảng {word}");
        exact.Select(h => h.DocumentId).Should().Contain([party.Id, busy.Id]);
        var order = exact.Select(h => h.DocumentId).ToList();
        order.IndexOf(party.Id).Should().BeLessThan(order.IndexOf(busy.Id), "\"Đảng\" spelled exactly outranks \"dang\"");
        order.IndexOf(other.Id).Should().BeLessThan(order.IndexOf(busy.Id), "\"Đảng viên\" spells it exactly too");
        order.Last().Should().Be(busy.Id);
        (await client.SearchAsync(congressId, $"\"dang bo tinh\" {word}")).Select(h => h.DocumentId).Should().Equal(party.Id);
        exact.Single(h => h.DocumentId == party.Id).Snippet.Should().Contain("<mark>Đảng</mark>").And.Contain($"<mark>{word}</mark>");
        foreach (var nonsense in new[] { "!!!", "\"", "*", "((", "AND OR" })
            (await client.GetAsync($"/api/documents/congresses/{congressId}/search?q={Uri.EscapeDataString(nonsense)}")).StatusCode
                .Should().Be(HttpStatusCode.BadRequest, $"\"{nonsense}\" is no query, and no server error either");
    }

    [Fact]
    public async Task A_search_hit_names_the_page_its_snippet_comes_from_and_every_matching_page()
    {
        var congressId = await factory.DemoCongressAsync();
        var word = DocumentsApi.UniqueWord();
        var client = await Staff();
        var pdf = await client.UploadOkAsync(congressId, "Báo cáo nhiều trang", TestFiles.Pdf(
            ["Trang mở đầu của báo cáo chính trị."],
            [$"Phần hai nói về {word} một lần."],
            [$"Phần ba: Nghị quyết về {word} và {word} của Đảng bộ tỉnh."],
            ["Trang cuối, không có từ cần tìm."]), "bao-cao.pdf");
        var docx = await client.UploadOkAsync(congressId, "Văn bản không chia trang", TestFiles.Docx($"Nghị quyết về {word}."), "nq.docx");

        var hits = await client.SearchAsync(congressId, word);
        var hit = hits.Should().ContainSingle(h => h.DocumentId == pdf.Id).Subject;
        hit.Page.Should().Be(3, "page 3 names the word twice, so it ranks above page 2");
        hit.Pages.Should().Equal(3, 2);
        hit.Snippet.Should().Contain($"<mark>{word}</mark>").And.Contain("Phần ba").And.NotContain("Phần hai").And.NotContain("mở đầu");
        var phrase = await client.SearchAsync(congressId, $"\"phần hai\" {word}");
        phrase.Should().ContainSingle(h => h.DocumentId == pdf.Id).Which.Page.Should().Be(2);
        phrase.Single(h => h.DocumentId == pdf.Id).Snippet.Should().Contain("<mark>hai</mark> nói về").And.NotContain("Phần ba").And.NotContain(">ba<");
        var unpaged = hits.Should().ContainSingle(h => h.DocumentId == docx.Id).Subject;
        unpaged.Page.Should().BeNull("a DOCX has no pages");
        unpaged.Pages.Should().BeEmpty();
        unpaged.Snippet.Should().Contain($"<mark>{word}</mark>");
        var spread = (await client.SearchAsync(congressId, $"\"mở đầu\" {word}")).Should().ContainSingle("the document has both, on different pages").Subject;
        spread.DocumentId.Should().Be(pdf.Id);
        spread.Page.Should().BeOneOf(1, 2, 3);
        spread.Snippet.Should().Contain("<mark>");
    }

    [Fact]
    public async Task A_new_version_shows_a_section_diff_and_the_previous_version_stays_readable()
    {
        var congressId = await factory.DemoCongressAsync();
        var client = await Staff();
        var document = await client.UploadOkAsync(congressId, "Dự thảo báo cáo chính trị",
            TestFiles.Docx("I. Đánh giá nhiệm kỳ qua.", "II. Phương hướng nhiệm kỳ tới.", "III. Nhiệm vụ trọng tâm."), "bao-cao-v1.docx");

        var uploaded = await client.UploadVersionAsync(document.Id,
            TestFiles.Docx("I. Đánh giá nhiệm kỳ qua.", "II. Phương hướng và mục tiêu nhiệm kỳ tới.", "III. Nhiệm vụ trọng tâm.", "IV. Tổ chức thực hiện."),
            "bao-cao-v2.docx", "Tiếp thu ý kiến Tổ 3");
        var diff = await client.GetFromJsonAsync<VersionDiffDto>($"/api/documents/{document.Id}/diff");
        var previous = await client.GetFromJsonAsync<ViewedDocumentDto>($"/api/documents/{document.Id}/view?version=1");
        var details = await client.GetFromJsonAsync<DocumentDetailsDto>($"/api/documents/{document.Id}");

        uploaded.StatusCode.Should().Be(HttpStatusCode.Created);
        diff!.FromVersion.Should().Be(1);
        diff.ToVersion.Should().Be(2);
        diff.Sections.Select(s => s.Kind).Should().Equal("unchanged", "changed", "unchanged", "added");
        diff.Sections[1].Old.Should().Be("II. Phương hướng nhiệm kỳ tới.");
        diff.Sections[1].New.Should().Be("II. Phương hướng và mục tiêu nhiệm kỳ tới.");
        previous!.Text.Should().Contain("II. Phương hướng nhiệm kỳ tới.").And.NotContain("IV.");
        details!.Document.CurrentVersion.Should().Be(2);
        details.Versions.Select(v => v.ChangeNote).Should().Equal("Tiếp thu ý kiến Tổ 3", "");
    }

    [Fact]
    public async Task Delegates_comment_on_sections_of_a_draft_and_the_drafting_team_sees_them_by_section_and_answers()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var staff = await Staff();
        var draft = await staff.UploadOkAsync(congressId, "Dự thảo báo cáo chính trị (góp ý)",
            TestFiles.Docx("I. Đánh giá kết quả.", "II. Mục tiêu tổng quát.", "III. Giải pháp đột phá."), "du-thao.docx",
            "Internal", "NamedDelegates", [delegates[0], delegates[2]]);
        var first = await factory.ClientForAsync("daibieu01");
        var third = await factory.ClientForAsync("daibieu03");

        var comment = await first.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { version = 1, section = 1, text = "Đề nghị bổ sung chỉ tiêu về chuyển đổi số." });
        (await third.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { version = 1, section = 1, text = "Mục tiêu cần lượng hoá rõ hơn." })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await third.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { version = 1, section = 2, text = "Đồng ý." })).StatusCode.Should().Be(HttpStatusCode.Created);
        var outsider = await (await factory.ClientForAsync("daibieu02")).PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { version = 1, section = 1, text = "Không được" });
        var badSection = await first.PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { version = 1, section = 7, text = "Mục không có" });
        var observer = await (await factory.ClientForAsync("quansat")).PostAsJsonAsync($"/api/documents/{draft.Id}/comments", new { version = 1, section = 0, text = "Khách" });
        var commentId = await comment.Content.ReadFromJsonAsync<Guid>();
        (await staff.PutAsJsonAsync($"/api/documents/{draft.Id}/comments/{commentId}/answer", new { answer = "Đã tiếp thu vào mục II." })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var bySection = (await staff.GetFromJsonAsync<List<Application.Comments.SectionCommentsDto>>($"/api/documents/{draft.Id}/comments"))!;

        comment.StatusCode.Should().Be(HttpStatusCode.Created);
        outsider.StatusCode.Should().Be(HttpStatusCode.NotFound);
        badSection.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        observer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        bySection.Select(s => (s.SectionIndex, s.Comments.Count, s.Delegates)).Should().Equal((1, 2, 2), (2, 1, 1));
        bySection[0].Excerpt.Should().Be("II. Mục tiêu tổng quát.");
        bySection[0].Comments[0].Author.Should().Be("daibieu01");
        bySection[0].Comments[0].Answer.Should().Be("Đã tiếp thu vào mục II.");
        bySection[0].Comments[0].AnsweredBy.Should().Be("btc");
        (await first.GetAsync($"/api/documents/{draft.Id}/comments")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var synthesis = (await staff.GetFromJsonAsync<List<Application.Synthesis.SynthesisPreviewDto>>($"/api/documents/{draft.Id}/syntheses/preview"))!;
        synthesis.Select(s => (s.Section, s.Comments)).Should().Equal((1, 2), (2, 1));
        synthesis.SelectMany(s => s.Themes).SelectMany(t => t.Sentences).Select(s => s.SourceId).Should().Contain(commentId);
    }

    [Fact]
    public async Task A_tablet_learns_what_changed_since_its_last_sync_and_only_what_its_delegate_may_read()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var staff = await Staff();
        var tablet = await factory.ClientForAsync("daibieu01");
        var first = (await tablet.GetFromJsonAsync<Application.Documents.ListChanges.DocumentChangesDto>($"/api/documents/congresses/{congressId}/changes"))!;
        var since = Uri.EscapeDataString(first.AsOfUtc.ToString("O"));

        var updated = await staff.UploadOkAsync(congressId, "Lịch làm việc", TestFiles.Docx("Sáng: khai mạc."), "lich.docx");
        (await staff.UploadVersionAsync(updated.Id, TestFiles.Docx("Sáng: khai mạc.", "Chiều: thảo luận tổ."), "lich-v2.docx", "Thêm buổi chiều")).EnsureSuccessStatusCode();
        var notForMe = await staff.UploadOkAsync(congressId, "Riêng đại biểu 02", TestFiles.Docx("Riêng"), "rieng.docx", "Internal", "NamedDelegates", [delegates[1]]);
        var next = (await tablet.GetFromJsonAsync<Application.Documents.ListChanges.DocumentChangesDto>($"/api/documents/congresses/{congressId}/changes?since={since}"))!;

        first.Changed.Should().NotContain(d => d.Id == updated.Id);
        next.Changed.Should().ContainSingle(d => d.Id == updated.Id).Which.CurrentVersion.Should().Be(2);
        next.Changed.Should().NotContain(d => d.Id == notForMe.Id);
        next.AsOfUtc.Should().BeAfter(first.AsOfUtc);
    }

    [Fact]
    public async Task A_downloaded_pdf_carries_a_watermark_on_every_page_that_traces_back_to_its_recipient()
    {
        var congressId = await factory.DemoCongressAsync();
        var document = await (await Staff()).UploadOkAsync(congressId, "Chương trình làm việc",
            TestFiles.Pdf(["Chương trình làm việc ngày thứ nhất"], ["Chương trình làm việc ngày thứ hai"]), "chuong-trinh.pdf");
        var delegateClient = await factory.ClientForAsync("daibieu01");

        var download = await delegateClient.GetAsync($"/api/documents/{document.Id}/download");
        var copy = await download.Content.ReadAsByteArrayAsync();
        var code = download.Headers.GetValues("X-Watermark-Id").Single();
        using (var pdf = PdfDocument.Open(copy))
        {
            pdf.NumberOfPages.Should().Be(2);
            pdf.GetPages().Should().OnlyContain(p => p.Text.Contains(code) && p.Text.Contains("daibieu01"));
        }
        using var leaked = new MultipartFormDataContent { { new ByteArrayContent(copy), "file", "ro-ri.pdf" } };
        var traced = await (await Staff()).PostAsync("/api/documents/watermarks/trace", leaked);
        var byCode = await (await Staff()).GetFromJsonAsync<WatermarkTraceDto>($"/api/documents/watermarks/{code}");

        traced.StatusCode.Should().Be(HttpStatusCode.OK, await traced.Content.ReadAsStringAsync());
        var trace = (await traced.Content.ReadFromJsonAsync<WatermarkTraceDto>())!;
        trace.Recipient.Should().Be("daibieu01");
        trace.Purpose.Should().Be("download");
        trace.DocumentId.Should().Be(document.Id);
        byCode!.Code.Should().Be(trace.Code);
        (await delegateClient.GetAsync($"/api/documents/watermarks/{code}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_downloaded_docx_carries_its_watermark_and_every_view_and_download_is_audited()
    {
        var congressId = await factory.DemoCongressAsync();
        var document = await (await Staff()).UploadOkAsync(congressId, "Quy chế", TestFiles.Docx("Quy chế làm việc của Đại hội"), "quy-che.docx");
        var delegateClient = await factory.ClientForAsync("daibieu02");

        var viewed = await delegateClient.GetFromJsonAsync<ViewedDocumentDto>($"/api/documents/{document.Id}/view");
        var download = await delegateClient.GetAsync($"/api/documents/{document.Id}/download");
        var copy = await download.Content.ReadAsByteArrayAsync();

        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(copy), false))
        {
            word.MainDocumentPart!.Document!.Body!.InnerText.Should().Contain("Bản của daibieu02").And.Contain(download.Headers.GetValues("X-Watermark-Id").Single());
        }
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        var marks = await db.Watermarks.Where(w => w.DocumentId == new DocumentId(document.Id)).ToListAsync();
        marks.Select(w => (w.Recipient, w.Purpose)).Should().BeEquivalentTo([("daibieu02", "view"), ("daibieu02", "download")]);
        marks.Should().Contain(w => w.Code == viewed!.WatermarkCode);
        var audit = await db.AuditEntries.Where(a => a.Payload.Contains(document.Id.ToString())).Select(a => a.Action).ToListAsync();
        audit.Should().Contain(["ViewDocumentCommand", "DownloadDocumentCommand"]);
    }

    [Fact]
    public async Task A_tampered_ciphertext_is_refused_recorded_and_audited()
    {
        var congressId = await factory.DemoCongressAsync();
        var client = await Staff();
        var document = await client.UploadOkAsync(congressId, "Sẽ bị sửa trộm", TestFiles.Docx("Nội dung gốc"), "goc.docx");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
            var version = await db.Versions.SingleAsync(v => v.DocumentId == new DocumentId(document.Id));
            var content = version.SealedContent.ToArray();
            content[^5] ^= 0x01;
            var text = version.SealedText.ToArray();
            text[^1] ^= 0x80;
            await db.Versions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.SealedContent, content).SetProperty(v => v.SealedText, text));
        }

        var download = await client.GetAsync($"/api/documents/{document.Id}/download");
        var view = await client.GetAsync($"/api/documents/{document.Id}/view");

        download.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await download.Content.ReadAsStringAsync()).Should().Contain("documents.tampered");
        view.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await using var check = factory.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        (await checkDb.IntegrityAlerts.CountAsync(a => a.DocumentId == new DocumentId(document.Id))).Should().Be(2);
        (await checkDb.Watermarks.CountAsync(w => w.DocumentId == new DocumentId(document.Id))).Should().Be(0, "nothing was delivered");
        (await checkDb.AuditEntries.CountAsync(a => a.Payload.Contains(document.Id.ToString()) && a.Action == "DownloadDocumentCommand")).Should().Be(1);
    }

    [Theory]
    [InlineData("oversized")]
    [InlineData("wrong-type")]
    [InlineData("malformed-pdf")]
    [InlineData("malformed-docx")]
    [InlineData("pdf-bomb")]
    [InlineData("docx-bomb")]
    [InlineData("docx-external")]
    public async Task Bad_files_are_refused_with_a_clear_4xx_and_nothing_is_stored(string kind)
    {
        var congressId = await factory.DemoCongressAsync();
        var (file, name, code) = kind switch
        {
            "oversized" => (TestFiles.Pdf(["x"]).Concat(new byte[DocumentsFactory.MaxUploadBytes]).ToArray(), "lon.pdf", "documents.file.too_large"),
            "wrong-type" => ("MZ\x90\0 một tệp chạy được đổi tên"u8.ToArray(), "van-ban.pdf", "documents.file.type"),
            "malformed-pdf" => ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> rác rác"u8.ToArray(), "hong.pdf", "documents.file.malformed"),
            "malformed-docx" => (TestFiles.Docx("x")[..300], "hong.docx", "documents.file.malformed"),
            "pdf-bomb" => (TestFiles.PdfWithoutText(DocumentsFactory.MaxPdfPages + 1), "nhieu-trang.pdf", "documents.file.bomb"),
            "docx-bomb" => (TestFiles.DocxBomb(DocumentsFactory.MaxDocxInflatedBytes + 1024 * 1024), "bom.docx", "documents.file.bomb"),
            "docx-external" => (TestFiles.DocxWithExternalTemplate(), "mau-ngoai.docx", "documents.file.external"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var before = await CountAsync();

        var response = await (await Staff()).UploadAsync(congressId, "Tệp xấu", file, name);

        Refusals.Should().Contain(response.StatusCode);
        if (kind == "oversized") response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var problem = await response.Content.ReadAsStringAsync();
        problem.Should().Contain(code);
        (await CountAsync()).Should().Be(before, "nothing is half-written");
    }

    [Fact]
    public async Task Rotating_the_master_key_rewraps_data_keys_without_touching_the_ciphertexts()
    {
        var congressId = await factory.DemoCongressAsync();
        var client = await Staff();
        var document = await client.UploadOkAsync(congressId, "Trước khi đổi khoá", TestFiles.Docx("Nội dung trước khi đổi khoá"), "khoa.docx");
        async Task<DocumentVersion> VersionAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().Versions.AsNoTracking().SingleAsync(v => v.DocumentId == new DocumentId(document.Id));
        }
        var before = await VersionAsync();

        var output = new StringWriter();
        await factory.Services.GetRequiredService<DocumentKeyRotation>().RotateAsync(output, default);
        var after = await VersionAsync();
        var viewed = await client.GetFromJsonAsync<ViewedDocumentDto>($"/api/documents/{document.Id}/view");

        EnvelopeVault.MasterKeyIdOf(after.WrappedKey).Should().NotBe(EnvelopeVault.MasterKeyIdOf(before.WrappedKey));
        after.SealedContent.Should().Equal(before.SealedContent);
        after.SealedText.Should().Equal(before.SealedText);
        viewed!.Text.Should().Be("Nội dung trước khi đổi khoá");
        File.ReadAllLines(Path.Combine(factory.KeyDirectory, EnvelopeVault.FileName)).Count(l => l.Trim().Length > 0).Should().BeGreaterThan(1, "the old key is kept, retired");
        output.ToString().Should().Contain("bọc lại");
    }
}

public sealed class DocumentsSqliteTests(DocumentsFactory factory) : DocumentsTests<DocumentsFactory>(factory), IClassFixture<DocumentsFactory>;

[Collection("postgres")]
public sealed class DocumentsPostgresTests(PostgresDocumentsFactory factory) : DocumentsTests<PostgresDocumentsFactory>(factory), IClassFixture<PostgresDocumentsFactory>;
