using System.Reflection;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using Congress.Testing;
using FluentAssertions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Host.Tests;

/// <summary>
/// Every request of every module, sent through the mediator (the path the portal, the CLI and the jobs take, with no
/// route policy in front) as every role and as an anonymous caller. The expected table below is the security review's
/// matrix, written independently of the requests' declarations: a declaration that drifts from it fails here.
/// </summary>
public sealed class AuthorisationMatrixTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    private const string A = Roles.SystemAdmin, O = Roles.OrganisingCommittee, S = Roles.Secretariat, C = Roles.CredentialsBoard,
        D = Roles.Delegate, V = Roles.Observer, M = Roles.Monitor;

    private static readonly string[] Everyone = [A, O, S, C, D, V, M];
    private static readonly string[] ReadDelegates = [A, O, S, C, M, V];
    private static readonly string[] Chair = [A, O, S];
    private static readonly string[] ReadPolls = [A, O, S, C, D, M, V];
    private static readonly string[] ReadAttendance = [A, O, S, C, M];
    private static readonly string[] Structure = [A, O];

    /// <summary>Who may send what. A request missing here fails the test: a new request needs its line.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        // Delegates
        ["CreateOrganisationCommand"] = Structure,
        ["GetOrganisationTreeQuery"] = Everyone,
        ["ScheduleCongressCommand"] = Structure,
        ["ListCongressesQuery"] = Everyone,
        ["GetCongressQuery"] = Everyone,
        ["RegisterDelegateCommand"] = Structure,
        ["UpdateDelegateCommand"] = Structure,
        ["GetDelegateQuery"] = ReadDelegates,
        ["ListDelegatesQuery"] = ReadDelegates,
        ["ApproveCredentialsCommand"] = [A, C],
        ["RejectCredentialsCommand"] = [A, C],
        ["GetCredentialsReportQuery"] = ReadDelegates,
        ["CreateDiscussionGroupCommand"] = Chair,
        ["DistributeDelegatesCommand"] = Chair,
        ["AssignDelegateToGroupCommand"] = Chair,
        ["ListDiscussionGroupsQuery"] = ReadDelegates,
        ["PreviewDelegateImportCommand"] = Structure,
        ["CommitDelegateImportCommand"] = Structure,
        ["GetDelegateImportQuery"] = Structure,
        ["ExportDelegatesQuery"] = ReadDelegates,
        // Attendance
        ["OpenSessionCommand"] = Chair,
        ["CloseSessionCommand"] = Chair,
        ["ListSessionsQuery"] = ReadAttendance,
        ["ListGatesQuery"] = ReadAttendance,
        ["RecordCheckInCommand"] = Chair,
        ["CheckInByBadgeCommand"] = Chair,
        ["IdentifyFaceQuery"] = Chair,
        ["GetBadgeQuery"] = Chair,
        ["GetRollCallQuery"] = ReadAttendance,
        ["GetPresenceHistoryQuery"] = ReadAttendance,
        ["SetQuorumRuleCommand"] = Chair,
        ["ReconcileAttendanceCommand"] = Chair,
        ["ListFindingsQuery"] = ReadAttendance,
        // Biometrics
        ["EnrolDelegateCommand"] = Chair,
        ["EnrolFromArchiveCommand"] = Chair,
        ["RemoveEnrolmentCommand"] = Chair,
        ["GetEnrolmentsQuery"] = [A, O, S, C],
        ["GetEnrolmentBatchQuery"] = [A, O, S, C],
        ["GetFaceMatchQuery"] = Chair,
        // Voting
        ["CreatePollCommand"] = Chair,
        ["OpenPollCommand"] = Chair,
        ["ClosePollCommand"] = Chair,
        ["ReopenPollCommand"] = Chair,
        ["CancelPollCommand"] = Chair,
        ["RecordTellerCountCommand"] = Chair,
        ["PublishResultCommand"] = Chair,
        ["SetManualPresenceCommand"] = Chair,
        ["GetPollProgressQuery"] = Chair,
        ["ListPollsQuery"] = ReadPolls,
        ["GetPollQuery"] = ReadPolls,
        ["GetBallotListQuery"] = ReadPolls,
        ["GetPollMinutesQuery"] = ReadPolls,
        ["CastBallotCommand"] = [D],
        ["ListMyBallotsQuery"] = [D],
        // Identity
        ["ListAccountsQuery"] = Structure,
        ["CreateAccountCommand"] = Structure,
        ["ResetPasswordCommand"] = Structure,
        ["DisableAccountCommand"] = Structure,
        ["EnableAccountCommand"] = Structure,
        ["RevokeSessionsCommand"] = Structure,
        ["ChangeOwnPasswordCommand"] = Everyone,
        ["BeginTotpEnrolmentCommand"] = Everyone,
        ["ConfirmTotpCommand"] = Everyone,
        ["ResetTotpCommand"] = Structure,
        ["RemoveTotpCommand"] = Structure,
        ["SignInCommand"] = [],
        ["ExternalSignInQuery"] = [],
        // Reporting
        ["UpdateProgressCommand"] = [A, O, S],
        ["GetProgressQuery"] = [A, O, S, M],
        ["GetRollupQuery"] = [A, O, S, M],
        ["ListChildrenQuery"] = [A, O, S, M],
        ["ListMissingQuery"] = [A, O, S, M],
        ["ListRemindersQuery"] = [A, O, S, M],
        ["GetMyLevelQuery"] = [A, O, S, M],
        ["ApproveLevelCommand"] = [A, O],
        ["ReopenLevelCommand"] = [A, O],
        ["SyncOrganisationTreeCommand"] = [A],
        ["RefreshRemindersCommand"] = [A],
        ["ListReportChangesQuery"] = [A, O, S, M],
        ["ExportReportsQuery"] = [A, O, S, M],
        ["ImportReportsCommand"] = [A, O, S],
        // Documents (audience and classification are checked by the handlers on top: docs/adr/0020)
        ["UploadDocumentCommand"] = Chair,
        ["UploadDocumentVersionCommand"] = Chair,
        ["SetPresidiumCommand"] = Chair,
        ["ListDocumentsQuery"] = Everyone,
        ["GetDocumentQuery"] = Everyone,
        ["ViewDocumentCommand"] = Everyone,
        ["DownloadDocumentCommand"] = Everyone,
        ["CompareVersionsQuery"] = Everyone,
        ["SearchDocumentsQuery"] = Everyone,
        ["TraceWatermarkQuery"] = Structure,
        ["CommentOnSectionCommand"] = [A, O, S, D],
        ["ListCommentsQuery"] = Chair,
        ["AnswerCommentCommand"] = Chair,
        ["PreviewSynthesisQuery"] = Chair,
        ["ListChangesQuery"] = Everyone,
        // Documents: tablets (a delegate's own tablet or any for the staff, checked by the handlers: docs/adr/0024)
        ["RegisterDeviceCommand"] = [A, O, S, D],
        ["ListDevicesQuery"] = [A, O, S, D],
        ["RevokeDeviceCommand"] = Chair,
        ["FetchPackageCommand"] = [A, O, S, D],
        ["VerifyPackageQuery"] = [A, O, S, D],
        // Fundraising
        ["LaunchCampaignCommand"] = Structure,
        ["CloseCampaignCommand"] = Structure,
        ["ListCampaignsQuery"] = Everyone,
        ["GetCampaignSummaryQuery"] = Everyone,
        ["GetPublicCampaignQuery"] = [],
        ["PledgeAsDelegateCommand"] = [D],
        ["ListMyPledgesQuery"] = [D],
        ["RecordPledgeCommand"] = Chair,
        ["ListPledgesQuery"] = [A, O, S, M],
        ["RecordReceiptCommand"] = Chair,
        ["VoidReceiptCommand"] = Chair,
        ["ListReceiptsQuery"] = [A, O, S, M],
        ["OpenCashBatchCommand"] = Chair,
        ["CloseCashBatchCommand"] = Chair,
        ["ListCashBatchesQuery"] = [A, O, S, M],
        ["ImportBankStatementCommand"] = Chair,
        ["ListBankLinesQuery"] = [A, O, S, M],
        ["ResolveBankLineCommand"] = Chair,
        ["RecordDisbursementCommand"] = Structure,
        ["GetTrialBalanceQuery"] = [A, O, S, M],
        ["ExportLedgerCsvQuery"] = [A, O, S, M],
        ["ReconcileFundraisingCommand"] = Chair,
        ["ListFundraisingFindingsQuery"] = [A, O, S, M],
        ["PrintReceiptQuery"] = [A, O, S, M],
        ["PrintBooksQuery"] = [A, O, S, M],
        ["ListMyReceiptsQuery"] = [D],
        ["PrintMyReceiptQuery"] = [D],
        // Agenda
        ["CreateSessionCommand"] = Chair,
        ["AddItemCommand"] = Chair,
        ["UpdateItemCommand"] = Chair,
        ["MoveItemCommand"] = Chair,
        ["PostponeItemCommand"] = Chair,
        ["StartItemCommand"] = Chair,
        ["EndItemCommand"] = Chair,
        ["SetSpeakingRulesCommand"] = Chair,
        ["CloneProgrammeCommand"] = Chair,
        ["GetProgrammeQuery"] = Everyone,
        ["GetLiveProgrammeQuery"] = Everyone,
        ["ListGroupsQuery"] = Everyone,
        ["ListGroupReportsQuery"] = Everyone,
        ["SetGroupOfficersCommand"] = Chair,
        ["FileGroupReportCommand"] = [D],
        ["RequestToSpeakCommand"] = [D],
        ["AddSpeakerCommand"] = Chair,
        ["OrderSpeakersCommand"] = Chair,
        ["CallSpeakerCommand"] = Chair,
        ["StartSpeakingCommand"] = Chair,
        ["StopSpeakingCommand"] = Chair,
        ["SetPresenceRuleCommand"] = Chair,
        ["ListSpeakersQuery"] = Everyone,
        ["GetSpeakingTimeQuery"] = ReadDelegates,
        ["RequestItemPollCommand"] = Chair,
        ["RecordItemDecisionCommand"] = Chair,
        ["ListBodiesQuery"] = Everyone,
        ["AssignTaskCommand"] = Chair,
        ["UpdateTaskCommand"] = Chair,
        ["ListTasksQuery"] = Chair,
        ["RemindDueTasksCommand"] = Chair,
        // Reporting: difficulties (the tier — reporter, province, centre — is checked by the handlers on top: docs/adr/0023)
        ["ReportDifficultyCommand"] = [A, O, S],
        ["AnswerDifficultyCommand"] = [A, O, S],
        ["EscalateDifficultyCommand"] = [A, O, S],
        ["FollowUpDifficultyCommand"] = [A, O, S],
        ["CloseDifficultyCommand"] = [A, O, S],
        ["GetDifficultyQuery"] = [A, O, S, M],
        ["ListDifficultiesQuery"] = [A, O, S, M],
        // Documents: synthesis and agenda items (the presidium for published syntheses, the read check per document: docs/adr/0028)
        ["RecordTranscriptCommand"] = Chair,
        ["ListTranscriptsQuery"] = Chair,
        ["DraftSynthesisCommand"] = Chair,
        ["EditSynthesisCommand"] = Chair,
        ["PublishSynthesisCommand"] = Chair,
        ["ListSynthesesQuery"] = Chair,
        ["ListPublishedSynthesesQuery"] = [A, O, S, D],
        ["AttachToAgendaItemCommand"] = Chair,
        ["ListAgendaItemsQuery"] = Chair,
        ["ListAgendaItemDocumentsQuery"] = Everyone,
        // Reporting: a level's report as PDF (view scope as for the CSV export)
        ["ExportLevelPdfQuery"] = [A, O, S, M],
        // Documents: tablets' packages prepared ahead (the organising committee, before the day: docs/adr/0031)
        ["PreparePackagesCommand"] = Chair,
    };

    /// <summary>Requests any caller may send, signed in or not.</summary>
    private static readonly HashSet<string> Public = ["SignInCommand", "ExternalSignInQuery", "GetPublicCampaignQuery"];

    private static readonly string?[] Callers = [.. Everyone, null];

    public static IReadOnlyList<Type> RequestTypes { get; } = AppDomain.CurrentDomain.GetAssemblies()
        .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Congress.Modules.*.dll").Where(f => !f.EndsWith(".Contracts.dll")).Select(Assembly.LoadFrom))
        .Distinct().Where(a => a.GetName().Name!.StartsWith("Congress.Modules.") && !a.GetName().Name!.EndsWith(".Contracts"))
        .SelectMany(a => a.GetTypes())
        .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
        .OrderBy(t => t.Name).ToList();

    [Fact]
    public void The_matrix_names_every_request_of_every_module()
    {
        RequestTypes.Should().HaveCountGreaterThan(40);
        RequestTypes.Select(t => t.Name).Should().BeEquivalentTo(Allowed.Keys, "each request has its line in the reviewed matrix, and the matrix names no request that is gone");
    }

    [Fact]
    public async Task Every_role_and_the_anonymous_caller_are_refused_exactly_where_the_matrix_says()
    {
        var ids = await DemoIdsAsync();
        var wrong = new List<string>();
        int pairs = 0, refused = 0;
        foreach (var type in RequestTypes)
        {
            foreach (var role in Callers)
            {
                pairs++;
                var outcome = await SendAsync(type, ids, role, "NB");
                var mayPass = Public.Contains(type.Name) || (role is not null && Allowed[type.Name].Contains(role));
                var expected = mayPass ? "not refused" : role is null ? RequestAuthoriser.SignInRequired.Code : RequestAuthoriser.RoleRefused.Code;
                var actual = outcome is "access.forbidden" or "access.sign_in_required" ? outcome : "not refused";
                if (actual != expected) wrong.Add($"{type.Name} as {role ?? "anonymous"}: expected {expected}, got {outcome}");
                if (actual != "not refused") refused++;
            }
        }

        wrong.Should().BeEmpty();
        pairs.Should().Be(RequestTypes.Count * Callers.Length);
        // Not "most": Voting and Documents let every role read (each narrowed by the handlers), so refusals are about half.
        refused.Should().BeGreaterThan(pairs * 2 / 5, "at least two pairs in five are refusals: {0} of {1}", refused, pairs);
    }

    [Fact]
    public async Task A_commune_official_with_the_right_role_finds_nothing_of_the_province_congress()
    {
        var ids = await DemoIdsAsync();
        var checkedRequests = 0;
        var wrong = new List<string>();
        foreach (var type in RequestTypes)
        {
            var scope = ((IAuthorisedRequest)Build(type, ids)).Access.Scope;
            if (scope is not (AccessScope.CongressScope or AccessScope.ResourceScope or AccessScope.OrganisationScope)) continue;
            var role = Allowed[type.Name].FirstOrDefault(r => r != A) ?? A;
            checkedRequests++;
            var outside = await SendAsync(type, ids, role, "NB-X01");
            if (outside != RequestAuthoriser.NotFound.Code) wrong.Add($"{type.Name} as {role} of NB-X01 on the province: {outside}");
            var inside = await SendAsync(type, ids, role, "NB");
            if (inside == RequestAuthoriser.NotFound.Code && ids.Real(type)) wrong.Add($"{type.Name} as {role} of NB on its own congress: refused");
        }

        wrong.Should().BeEmpty();
        checkedRequests.Should().BeGreaterThan(30);
    }

    private sealed record DemoIds(Guid Congress, Guid Organisation, Guid Delegate, Guid Poll, Guid Document)
    {
        /// <summary>Whether the request is built with ids of things that exist (imports and enrolment batches are made up).</summary>
        public bool Real(Type type) => type.Name is not ("CommitDelegateImportCommand" or "GetDelegateImportQuery" or "GetEnrolmentBatchQuery"
            or "RevokeDeviceCommand" or "FetchPackageCommand" or "VerifyPackageQuery");
    }

    private async Task<DemoIds> DemoIdsAsync()
    {
        var congress = (await factory.AsCallerAsync(A, null, s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        await using var scope = factory.Services.CreateAsyncScope();
        var organisation = (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync("NB", default))!.Value;
        var delegateId = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congress, default)).First().DelegateId;
        var createPoll = RequestTypes.Single(t => t.Name == "CreatePollCommand");
        var poll = Activator.CreateInstance(createPoll, congress, "Ma trận quyền", "Motion", "SecretElectronic", null, 0, null, false)!;
        var created = (Result)(await SendRawAsync(poll, A, null, null))!;
        var pollId = (Guid)created.GetType().GetProperty("Value")!.GetValue(created)!;
        var upload = RequestTypes.Single(t => t.Name == "UploadDocumentCommand");
        var uploadArguments = upload.GetConstructors().Single().GetParameters().Select(p => p.Name switch
        {
            "CongressId" => congress,
            "Title" => "Ma trận quyền",
            "FileName" => "ma-tran.docx",
            "Content" => MinimalDocx("Tài liệu của ma trận quyền"),
            "NamedDelegates" => Array.Empty<Guid>(),
            _ => p.ParameterType.IsEnum ? Enum.ToObject(p.ParameterType, 0) : null,
        }).ToArray();
        var uploaded = (Result)(await SendRawAsync(Activator.CreateInstance(upload, uploadArguments)!, A, null, null))!;
        uploaded.IsSuccess.Should().BeTrue(uploaded.Error?.Message);
        var document = uploaded.GetType().GetProperty("Value")!.GetValue(uploaded)!;
        var documentId = (Guid)document.GetType().GetProperty("Id")!.GetValue(document)!;
        return new DemoIds(congress, organisation, delegateId, pollId, documentId);
    }

    /// <summary>The smallest DOCX Open XML opens: content types, the package relationship, one paragraph.</summary>
    private static byte[] MinimalDocx(string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }
            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>""");
        }
        return buffer.ToArray();
    }

    /// <summary>The request with plausible arguments: real demo ids by parameter name, harmless values elsewhere.</summary>
    private static object Build(Type type, DemoIds ids)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Argument(p, ids)).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? Argument(ParameterInfo parameter, DemoIds ids)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type == typeof(Guid))
            return parameter.Name switch
            {
                "CongressId" => ids.Congress,
                "OrganisationId" or "ParentId" => ids.Organisation,
                "DelegateId" => ids.Delegate,
                "PollId" => ids.Poll,
                "DocumentId" => ids.Document,
                _ => Guid.NewGuid(),
            };
        if (type == typeof(string)) return "ma-tran";
        if (type == typeof(int)) return 1;
        if (type == typeof(bool)) return false;
        if (type == typeof(DateOnly)) return new DateOnly(2030, 1, 1);
        if (type == typeof(byte[])) return Array.Empty<byte>();
        if (type == typeof(ReadOnlyMemory<byte>)) return ReadOnlyMemory<byte>.Empty;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()));
        return parameter.HasDefaultValue ? parameter.DefaultValue : null;
    }

    /// <summary>The refusal code when the request was refused by the pipeline; otherwise what happened next ("ok", another error code, an exception).</summary>
    private async Task<string> SendAsync(Type type, DemoIds ids, string? role, string organisation)
    {
        var request = Build(type, ids);
        try
        {
            var response = await SendRawAsync(request, role, role is null or A ? null : organisation, role == D ? ids.Delegate : null);
            return response is Result { Error: { } error } ? error.Code : "ok";
        }
        catch (RequestRefusedException refused) { return refused.Error.Code; }
        catch (Exception other) { return other.GetType().Name; }
    }

    private async Task<object?> SendRawAsync(object request, string? role, string? organisation, Guid? delegateId)
    {
        var responseType = request.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
        var send = typeof(IMediator).GetMethod(nameof(IMediator.Send))!.MakeGenericMethod(responseType);
        Func<IServiceProvider, Task<object?>> run = async services =>
        {
            var task = (Task)send.Invoke(services.GetRequiredService<IMediator>(), [request, CancellationToken.None])!;
            await task;
            return task.GetType().GetProperty("Result")!.GetValue(task);
        };
        if (role is not null) return await factory.AsCallerAsync(role, organisation, run, delegateId);
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CircuitPrincipal>().FromPortal = true; // a portal circuit nobody signed in to
        return await run(scope.ServiceProvider);
    }
}
