using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Congress.Modules.Documents.Application.Devices;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Synthesis;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Congress.Testing;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Documents.Tests;

/// <summary>
/// The synthesis the secretariat edits and publishes (comments and speech transcripts as sources), a revoked tablet's
/// session ending, and documents attached to agenda items (docs/adr/0028); SQLite, and PostgreSQL when it runs.
/// </summary>
public abstract class SynthesisAndAgendaTests<TFactory>(TFactory factory) where TFactory : DocumentsFactory
{
    private Task<HttpClient> Secretariat() => factory.ClientForAsync("thuky");

    private static async Task<string> CodeOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 0 && JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) ? code.GetString()! : body;
    }

    private async Task<(Guid CongressId, IReadOnlyList<Guid> Delegates, DocumentDto Draft)> DraftAsync(string title)
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var draft = await (await Secretariat()).UploadOkAsync(congressId, title,
            TestFiles.Docx("I. Đánh giá kết quả nhiệm kỳ.", "II. Mục tiêu tổng quát và chỉ tiêu chủ yếu.", "III. Giải pháp đột phá."), "du-thao.docx");
        return (congressId, delegates, draft);
    }

    private async Task<(int Transcripts, int Syntheses)> CountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        return (await db.Transcripts.CountAsync(), await db.Syntheses.CountAsync());
    }

    [Fact]
    public async Task The_secretariat_drafts_edits_and_publishes_a_synthesis_of_comments_and_speeches_which_only_the_staff_and_the_presidium_read()
    {
        var (congressId, delegates, draft) = await DraftAsync("Dự thảo Báo cáo chính trị (tổng hợp)");
        var secretariat = await Secretariat();
        var first = await factory.ClientForAsync("daibieu01");
        var comment = await first.PostAsJsonAsync($"/api/documents/{draft.Id}/comments",
            new { version = 1, section = 1, text = "Đề nghị bổ sung chỉ tiêu về chuyển đổi số trong mục tiêu tổng quát." });
        comment.StatusCode.Should().Be(HttpStatusCode.Created);
        var commentId = await comment.Content.ReadFromJsonAsync<Guid>();
        var speech = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", new
        {
            version = 1, section = 1, speaker = "Đồng chí đại biểu Đoàn số 2", speakerDelegateId = delegates[1],
            spokenAtUtc = DateTime.UtcNow.AddMinutes(-30), text = "Chỉ tiêu chuyển đổi số cần lượng hoá cụ thể. Tôi đề nghị đặt mục tiêu kinh tế số.",
        });
        speech.StatusCode.Should().Be(HttpStatusCode.Created, await speech.Content.ReadAsStringAsync());
        var transcriptId = await speech.Content.ReadFromJsonAsync<Guid>();
        (await secretariat.GetFromJsonAsync<List<TranscriptDto>>($"/api/documents/{draft.Id}/transcripts"))!
            .Should().ContainSingle(t => t.Id == transcriptId).Which.Speaker.Should().Be("Đồng chí đại biểu Đoàn số 2");

        var drafted = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/syntheses", new { version = 1, section = 1 });
        drafted.StatusCode.Should().Be(HttpStatusCode.OK, await drafted.Content.ReadAsStringAsync());
        var synthesis = (await drafted.Content.ReadFromJsonAsync<SynthesisDraftDto>())!;
        synthesis.Excerpt.Should().Be("II. Mục tiêu tổng quát và chỉ tiêu chủ yếu.");
        (synthesis.Comments, synthesis.Transcripts).Should().Be((1, 1));
        synthesis.Themes.SelectMany(t => t.Sources).Should().Contain([new SynthesisSourceDto(commentId, "Comment"), new SynthesisSourceDto(transcriptId, "Transcript")]);
        synthesis.Published.Should().BeNull();
        // the drafting team's live view takes in the speech too, and is not the delegates'
        var preview = (await secretariat.GetFromJsonAsync<List<SynthesisPreviewDto>>($"/api/documents/{draft.Id}/syntheses/preview"))!;
        preview.Should().ContainSingle().Which.Should().Match<SynthesisPreviewDto>(p => p.Section == 1 && p.Comments == 1 && p.Transcripts == 1);
        preview[0].Themes.SelectMany(t => t.Sources).Should().Contain([new SynthesisSourceDto(commentId, "Comment"), new SynthesisSourceDto(transcriptId, "Transcript")]);
        (await first.GetAsync($"/api/documents/{draft.Id}/syntheses/preview")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        // a second draft of the same section without naming the revision would overwrite someone's edits: refused
        (await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/syntheses", new { version = 1, section = 1 })).StatusCode.Should().Be(HttpStatusCode.Conflict);

        // presidium: delegates[2]; nothing is published yet, so it reads nothing
        (await factory.SendAsync(Roles.Secretariat, "NB", new Application.Presidium.SetPresidium.SetPresidiumCommand(congressId, [delegates[2]]))).IsSuccess.Should().BeTrue();
        var presidium = await factory.ClientForAsync("daibieu03");
        (await presidium.GetFromJsonAsync<List<PublishedSynthesisDto>>($"/api/documents/{draft.Id}/syntheses/published")).Should().BeEmpty();

        var texts = synthesis.Themes.Select((_, i) => i == 0 ? "Nhiều ý kiến đề nghị lượng hoá chỉ tiêu kinh tế số (biên tập)." : $"Nhóm {i + 1} (biên tập).").ToList();
        var edited = await secretariat.PutAsJsonAsync($"/api/documents/{draft.Id}/syntheses/{synthesis.Id}", new { revision = synthesis.Revision, themes = texts });
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var afterEdit = (await edited.Content.ReadFromJsonAsync<SynthesisDraftDto>())!;
        // another editor still on the old revision: 409, and the first edit stands
        var stale = await secretariat.PutAsJsonAsync($"/api/documents/{draft.Id}/syntheses/{synthesis.Id}",
            new { revision = synthesis.Revision, themes = synthesis.Themes.Select(_ => "Ghi đè không thấy").ToList() });
        var stalePublish = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/syntheses/{synthesis.Id}/publish", new { revision = synthesis.Revision });
        var wrongCount = await secretariat.PutAsJsonAsync($"/api/documents/{draft.Id}/syntheses/{synthesis.Id}", new { revision = afterEdit.Revision, themes = texts.Append("thừa").ToList() });
        var byDelegate = await presidium.PutAsJsonAsync($"/api/documents/{draft.Id}/syntheses/{synthesis.Id}", new { revision = afterEdit.Revision, themes = texts });
        var published = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/syntheses/{synthesis.Id}/publish", new { revision = afterEdit.Revision });

        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await CodeOf(stale)).Should().Be("documents.synthesis.stale");
        stalePublish.StatusCode.Should().Be(HttpStatusCode.Conflict);
        wrongCount.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        byDelegate.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        afterEdit.Themes[0].Text.Should().Be(texts[0]);
        afterEdit.Themes[0].Sources.Should().BeEquivalentTo(synthesis.Themes[0].Sources, "editing the text keeps the links to the sources");
        afterEdit.Themes[0].Speakers.Should().Be(synthesis.Themes[0].Speakers);

        // edited again after publishing: the presidium still reads what was published
        var current = (await published.Content.ReadFromJsonAsync<SynthesisDraftDto>())!;
        (await secretariat.PutAsJsonAsync($"/api/documents/{draft.Id}/syntheses/{synthesis.Id}",
            new { revision = current.Revision, themes = texts.Select(t => t + " Bản nháp mới chưa công bố.").ToList() })).StatusCode.Should().Be(HttpStatusCode.OK);
        var read = (await presidium.GetFromJsonAsync<List<PublishedSynthesisDto>>($"/api/documents/{draft.Id}/syntheses/published"))!;
        read.Should().ContainSingle().Which.Themes[0].Text.Should().Be(texts[0]);
        read[0].Themes.SelectMany(t => t.Sentences).Select(s => s.SourceId).Should().BeSubsetOf([commentId, transcriptId]);
        (read[0].Comments, read[0].Transcripts).Should().Be((1, 1));
        (await secretariat.GetFromJsonAsync<List<SynthesisDraftDto>>($"/api/documents/{draft.Id}/syntheses"))!.Single(s => s.Id == synthesis.Id)
            .HasUnpublishedChanges.Should().BeTrue();
        (await first.GetAsync($"/api/documents/{draft.Id}/syntheses/published")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a delegate outside the presidium");
        (await (await factory.ClientForAsync("quansat")).GetAsync($"/api/documents/{draft.Id}/syntheses/published")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await first.GetAsync($"/api/documents/{draft.Id}/syntheses")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "drafts are the secretariat's");
        var otherOrganisation = await factory.SendAsync(Roles.Secretariat, "NB-X01", new Application.Synthesis.ListPublishedSyntheses.ListPublishedSynthesesQuery(draft.Id));
        otherOrganisation.Error!.Kind.Should().Be(ErrorKind.NotFound);
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>().AuditEntries.AsNoTracking();
        (await audit.CountAsync(a => a.Action == "PublishSynthesisCommand" && a.Payload.Contains(synthesis.Id.ToString()))).Should().Be(1, "only the accepted publish is recorded");
        (await audit.CountAsync(a => a.Action == "EditSynthesisCommand" && a.Payload.Contains(synthesis.Id.ToString()))).Should().Be(2);
    }

    [Fact]
    public async Task A_transcript_is_refused_for_a_speaker_of_another_congress_a_missing_section_the_wrong_role_or_organisation_and_nothing_is_written()
    {
        var (congressId, delegates, draft) = await DraftAsync("Dự thảo Nghị quyết (phát biểu)");
        var before = await CountsAsync();
        var secretariat = await Secretariat();
        object Body(int section = 0, Guid? speaker = null, string text = "Tán thành dự thảo.", Guid? item = null) =>
            new { version = 1, section, speaker = "Đại biểu", speakerDelegateId = speaker, spokenAtUtc = DateTime.UtcNow.AddMinutes(-5), text, agendaItemId = item };
        var debate = await AgendaItemAsync(secretariat, congressId);
        var otherCongressItem = await AgendaItemAsync(secretariat, await OtherCongressAsync());

        var strangerSpeaker = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", Body(speaker: Guid.NewGuid()));
        var noSection = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", Body(section: 9));
        var noVersion = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", new { version = 4, section = 0, speaker = "Đại biểu", spokenAtUtc = DateTime.UtcNow, text = "x" });
        var empty = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", Body(text: "  "));
        var future = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts",
            new { version = 1, section = 0, speaker = "Đại biểu", spokenAtUtc = DateTime.UtcNow.AddDays(1), text = "Chưa nói" });
        var byDelegate = await (await factory.ClientForAsync("daibieu01")).PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", Body(speaker: delegates[0]));
        var otherOrganisation = await factory.SendAsync(Roles.Secretariat, "NB-X01", new Application.Synthesis.RecordTranscript.RecordTranscriptCommand(
            draft.Id, 1, 0, "Đại biểu", null, DateTime.UtcNow, "Không được"));
        var unknownDocument = await secretariat.PostAsJsonAsync($"/api/documents/{Guid.NewGuid()}/transcripts", Body());
        var itemOfOtherCongress = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", Body(item: otherCongressItem));
        var noSuchItem = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", Body(item: Guid.NewGuid()));
        var draftNothing = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/syntheses", new { version = 1, section = 2 });

        strangerSpeaker.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await CodeOf(strangerSpeaker)).Should().Be("documents.transcript.delegate_not_found");
        noSection.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        noVersion.StatusCode.Should().Be(HttpStatusCode.NotFound);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        future.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        byDelegate.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        otherOrganisation.Error!.Kind.Should().Be(ErrorKind.NotFound);
        unknownDocument.StatusCode.Should().Be(HttpStatusCode.NotFound);
        itemOfOtherCongress.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await CodeOf(itemOfOtherCongress)).Should().Be("documents.agenda_item.not_found");
        noSuchItem.StatusCode.Should().Be(HttpStatusCode.NotFound);
        draftNothing.StatusCode.Should().Be(HttpStatusCode.BadRequest, "nothing was said about that section");
        (await CountsAsync()).Should().Be(before);
        (await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", Body(speaker: delegates[0]))).StatusCode.Should().Be(HttpStatusCode.Created);
        var underItem = await secretariat.PostAsJsonAsync($"/api/documents/{draft.Id}/transcripts", Body(section: 1, text: "Phát biểu trong phiên thảo luận.", item: debate));
        underItem.StatusCode.Should().Be(HttpStatusCode.Created, await underItem.Content.ReadAsStringAsync());
        var underItemId = await underItem.Content.ReadFromJsonAsync<Guid>();
        var ofDebate = (await secretariat.GetFromJsonAsync<List<TranscriptDto>>($"/api/documents/{draft.Id}/transcripts?agendaItem={debate}"))!;
        ofDebate.Should().ContainSingle().Which.Should().Match<TranscriptDto>(t => t.Id == underItemId && t.AgendaItemId == debate && t.Section == 1);
        (await secretariat.GetFromJsonAsync<List<TranscriptDto>>($"/api/documents/{draft.Id}/transcripts"))!.Should().HaveCount(2);
    }

    [Fact]
    public async Task Revoking_a_tablet_ends_its_delegates_session_and_refuses_its_next_sync_while_another_delegates_tablet_goes_on()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var staff = await factory.ClientForAsync("btc");
        await staff.UploadOkAsync(congressId, "Chương trình (thu hồi)", TestFiles.Docx("Phiên khai mạc."), "ct.docx");
        var lost = await factory.ClientForAsync("daibieu01");
        var other = await factory.ClientForAsync("daibieu02");
        var lostDevice = await RegisterAsync(lost, congressId);
        var otherDevice = await RegisterAsync(other, congressId);
        (await lost.GetAsync($"/api/documents/devices/{lostDevice}/package")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await other.GetAsync($"/api/documents/devices/{otherDevice}/package")).StatusCode.Should().Be(HttpStatusCode.OK);

        var byOtherDelegate = await other.PostAsJsonAsync($"/api/documents/devices/{lostDevice}/revoke", new { reason = "không phải máy tôi" });
        var byOtherOrganisation = await factory.SendAsync(Roles.OrganisingCommittee, "NB-X01", new Application.Devices.RevokeDevice.RevokeDeviceCommand(lostDevice, "x"));
        var revoked = await staff.PostAsJsonAsync($"/api/documents/devices/{lostDevice}/revoke", new { reason = "Mất máy tại hội trường" });
        revoked.StatusCode.Should().Be(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        byOtherDelegate.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        byOtherOrganisation.Error!.Kind.Should().Be(ErrorKind.NotFound);

        await DocumentsApi.SessionEndedAsync(lost, congressId); // throws unless the lost tablet's token gets 401 on a documents read
        (await lost.GetAsync($"/api/documents/devices/{lostDevice}/package")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var signedInAgain = await factory.ClientForAsync("daibieu01");
        var sync = await signedInAgain.GetAsync($"/api/documents/devices/{lostDevice}/package");
        sync.StatusCode.Should().Be(HttpStatusCode.Gone, "the device stays revoked whoever signs in on it");
        (await signedInAgain.GetAsync($"/api/documents/congresses/{congressId}/documents")).StatusCode.Should().Be(HttpStatusCode.OK, "the delegate signs in again elsewhere");

        (await other.GetAsync($"/api/documents/congresses/{congressId}/documents")).StatusCode.Should().Be(HttpStatusCode.OK, "another delegate's session goes on");
        (await other.GetAsync($"/api/documents/devices/{otherDevice}/package")).StatusCode.Should().Be(HttpStatusCode.OK);
        var listed = (await staff.GetFromJsonAsync<List<DeviceDto>>($"/api/documents/congresses/{congressId}/devices"))!;
        listed.Single(d => d.Id == lostDevice).Should().Match<DeviceDto>(d => d.IsRevoked && d.DelegateId == delegates[0] && d.DelegateName != null && d.PackageExpiresAtUtc != null);
        listed.Single(d => d.Id == otherDevice).IsRevoked.Should().BeFalse();
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, Guid congressId) => (await TestTablet.RegisterAsync(client, congressId)).DeviceId;

    [Fact]
    public async Task A_document_attaches_to_an_agenda_item_of_its_congress_and_the_item_lists_only_what_the_caller_may_read()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var secretariat = await Secretariat();
        var item = await AgendaItemAsync(secretariat, congressId);
        var otherCongress = await OtherCongressAsync();
        var otherItem = await AgendaItemAsync(secretariat, otherCongress);
        var forAll = await secretariat.UploadOkAsync(congressId, "Dự thảo Nghị quyết (mục chương trình)", TestFiles.Docx("Điều 1."), "nq.docx");
        var forSecond = await secretariat.UploadOkAsync(congressId, "Riêng đại biểu 02 (mục chương trình)", TestFiles.Docx("Riêng"), "rieng.docx",
            "Internal", "NamedDelegates", [delegates[1]]);
        var unrelated = await secretariat.UploadOkAsync(congressId, "Không thuộc mục nào", TestFiles.Docx("Khác"), "khac.docx");

        var attached = await secretariat.PutAsJsonAsync($"/api/documents/{forAll.Id}/agenda-item", new { agendaItemId = item });
        (await secretariat.PutAsJsonAsync($"/api/documents/{forSecond.Id}/agenda-item", new { agendaItemId = item })).StatusCode.Should().Be(HttpStatusCode.OK);
        var toOtherCongress = await secretariat.PutAsJsonAsync($"/api/documents/{unrelated.Id}/agenda-item", new { agendaItemId = otherItem });
        var toNoItem = await secretariat.PutAsJsonAsync($"/api/documents/{unrelated.Id}/agenda-item", new { agendaItemId = Guid.NewGuid() });
        var byDelegate = await (await factory.ClientForAsync("daibieu01")).PutAsJsonAsync($"/api/documents/{unrelated.Id}/agenda-item", new { agendaItemId = item });
        var byOtherOrganisation = await factory.SendAsync(Roles.Secretariat, "NB-X01",
            new Application.Documents.AttachToAgendaItem.AttachToAgendaItemCommand(unrelated.Id, item));

        attached.StatusCode.Should().Be(HttpStatusCode.OK, await attached.Content.ReadAsStringAsync());
        (await attached.Content.ReadFromJsonAsync<DocumentDto>())!.AgendaItemId.Should().Be(item);
        toOtherCongress.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await CodeOf(toOtherCongress)).Should().Be("documents.agenda_item.not_found");
        toNoItem.StatusCode.Should().Be(HttpStatusCode.NotFound);
        byDelegate.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        byOtherOrganisation.Error!.Kind.Should().Be(ErrorKind.NotFound);

        async Task<IReadOnlyList<Guid>> ListedFor(HttpClient client) =>
            (await client.GetFromJsonAsync<List<DocumentDto>>($"/api/documents/congresses/{congressId}/agenda-items/{item}/documents"))!.Select(d => d.Id).ToList();
        (await ListedFor(secretariat)).Should().BeEquivalentTo([forAll.Id, forSecond.Id]);
        (await ListedFor(await factory.ClientForAsync("daibieu01"))).Should().BeEquivalentTo([forAll.Id], "the other is not addressed to this delegate");
        (await ListedFor(await factory.ClientForAsync("daibieu02"))).Should().BeEquivalentTo([forAll.Id, forSecond.Id]);
        (await ListedFor(await factory.ClientForAsync("quansat"))).Should().BeEmpty("observers read public documents only");
        var outside = await factory.SendAsync(Roles.Secretariat, "NB-X01", new Application.Documents.ListAgendaItemDocuments.ListAgendaItemDocumentsQuery(congressId, item));
        outside.Error!.Kind.Should().Be(ErrorKind.NotFound);

        var cleared = await secretariat.PutAsJsonAsync($"/api/documents/{forSecond.Id}/agenda-item", new { agendaItemId = (Guid?)null });
        cleared.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ListedFor(secretariat)).Should().BeEquivalentTo([forAll.Id]);
        (await ListedFor(await factory.ClientForAsync("daibieu02"))).Should().BeEquivalentTo([forAll.Id]);
    }

    [Fact]
    public async Task The_presidium_the_congress_elects_reads_what_is_addressed_to_the_presidium_and_the_members_it_replaces_no_longer_do()
    {
        var congressId = await factory.DemoCongressAsync();
        var delegates = await factory.TabletDelegatesAsync(congressId);
        var secretariat = await Secretariat();
        (await factory.SendAsync(Roles.Secretariat, "NB", new Application.Presidium.SetPresidium.SetPresidiumCommand(congressId, [delegates[0]]))).IsSuccess.Should().BeTrue();
        var script = await secretariat.UploadOkAsync(congressId, "Kịch bản điều hành (Đoàn Chủ tịch bầu)", TestFiles.Docx("Kịch bản phiên bế mạc"), "kich-ban.docx",
            "Internal", "Presidium");
        var (earlier, elected) = (await factory.ClientForAsync("daibieu01"), await factory.ClientForAsync("daibieu02"));
        (await earlier.GetAsync($"/api/documents/{script.Id}")).StatusCode.Should().Be(HttpStatusCode.OK, "named by hand before the election");
        (await elected.GetAsync($"/api/documents/{script.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // the congress elects its presidium (a show of hands the chair records): delegate 02, and a guest who is no delegate
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var roster = await scope.ServiceProvider.GetRequiredService<Congress.Modules.Delegates.Contracts.IDelegateRoster>().ListAsync(congressId, default);
            var item = await AgendaItemAsync(secretariat, congressId, "Vote");
            var decided = await secretariat.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/items/{item}/decision",
                new { passed = true, body = "Presidium", elected = new[] { roster.Single(d => d.DelegateId == delegates[1]).Code, "Khách mời" } });
            decided.StatusCode.Should().Be(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        }

        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await elected.GetAsync($"/api/documents/{script.Id}")).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("The elected presidium did not reach Documents within 30 s.");
            await Task.Delay(100);
        }
        (await earlier.GetAsync($"/api/documents/{script.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "not elected: no longer in the presidium");
        (await (await factory.ClientForAsync("daibieu03")).GetAsync($"/api/documents/{script.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static int _day;

    private static async Task<Guid> AgendaItemAsync(HttpClient chair, Guid congressId, string kind = "Report")
    {
        var day = new DateOnly(2032, 1, 1).AddDays(Interlocked.Increment(ref _day) * 3 + Random.Shared.Next(0, 300) * 10);
        var session = await chair.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions", new { kind = "Official", title = $"Phiên {day}", day });
        session.StatusCode.Should().Be(HttpStatusCode.Created, await session.Content.ReadAsStringAsync());
        var sessionId = await session.Content.ReadFromJsonAsync<Guid>();
        var start = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(9, 0)).AddHours(-7), DateTimeKind.Utc);
        var item = await chair.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions/{sessionId}/items",
            new { title = kind == "Report" ? "Thảo luận dự thảo Nghị quyết" : "Bầu Đoàn Chủ tịch", kind, plannedStartUtc = start, plannedMinutes = 30, presenter = "Đoàn Chủ tịch" });
        item.StatusCode.Should().Be(HttpStatusCode.OK, await item.Content.ReadAsStringAsync());
        return (await item.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A second, past congress (of a commune under the province), for an agenda item that is not the demo congress's.</summary>
    private async Task<Guid> OtherCongressAsync()
    {
        var organisation = await factory.AsCallerAsync(Roles.SystemAdmin, null,
            s => s.GetRequiredService<Congress.Modules.Delegates.Contracts.IOrganisationDirectory>().FindByCodeAsync("NB-X01", default));
        var admin = await factory.ClientForAsync("admin");
        // in the past, so that the demo congress stays the first one offered (they are ordered by start, latest first)
        var year = 1950 + Random.Shared.Next(0, 50);
        var response = await admin.PostAsJsonAsync("/api/delegates/congresses", new
        {
            organisationId = organisation, name = $"Đại hội xã {year}", termStartYear = year, termEndYear = year + 5,
            startsOn = new DateOnly(year, 3, 1), endsOn = new DateOnly(year, 3, 2), delegateQuota = 100,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

public sealed class SynthesisAndAgendaSqliteTests(DocumentsFactory factory) : SynthesisAndAgendaTests<DocumentsFactory>(factory), IClassFixture<DocumentsFactory>;

[Collection("postgres")]
public sealed class SynthesisAndAgendaPostgresTests(PostgresDocumentsFactory factory) : SynthesisAndAgendaTests<PostgresDocumentsFactory>(factory), IClassFixture<PostgresDocumentsFactory>;
