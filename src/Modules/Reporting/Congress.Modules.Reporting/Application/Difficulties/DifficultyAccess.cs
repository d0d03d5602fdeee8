using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Domain.Difficulties;
using Congress.Modules.Reporting.Domain.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Live;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Difficulties;

/// <summary>
/// Who may see and do what with a difficulty, on top of the pipeline (roles: 403; the difficulty's organisation in the
/// caller's subtree: 404). Levels are Delegates' levels as Reporting's read model of the tree holds them
/// (<see cref="ReportingOrganisation.Level"/>): a difficulty goes to the nearest organisation of level "Province" above the
/// reporter; the "Centre" (the root) sees it only once escalated. Seen by:
/// the reporting organisation and every organisation between it and that province (read), the province (answer, escalate),
/// the centre once escalated (answer); a system administrator acts in whichever tier the difficulty waits for.
/// Anything else is "not found" (404), like a difficulty that does not exist; seen but not the caller's to act on is 403.
/// </summary>
internal sealed class DifficultyAccess(ReportingDbContext db, OrganisationTree tree, ICurrentUser user, RequestAuthoriser authoriser, IClock clock, ILiveSignals signals)
{
    public const string ProvinceLevel = "Province";
    public const string CentreLevel = "Centre";

    public static readonly Error NotFound = Error.NotFound("reporting.difficulty.not_found", "Không tìm thấy khó khăn, vướng mắc này.");

    public static readonly Error NotHandler = Error.Forbidden("reporting.difficulty.not_handler",
        "Chỉ cấp tỉnh nhận khó khăn này (hoặc Trung ương khi đã được chuyển lên) mới trả lời, chuyển tiếp được.");

    public static readonly Error NotReporter = Error.Forbidden("reporting.difficulty.not_reporter",
        "Chỉ tổ chức đảng đã gửi khó khăn này mới đóng hoặc gửi ý kiến tiếp được.");

    public static readonly Error NotOwn = Error.Forbidden("reporting.difficulty.not_own",
        "Chỉ cán bộ của chính tổ chức đảng này mới gửi khó khăn, vướng mắc của nó.");

    public static Error Stale(int current) => Error.Conflict("reporting.difficulty.stale",
        $"Khó khăn này vừa được người khác cập nhật (phiên bản {current}); hãy tải lại để xem. Nội dung bạn nhập chưa được gửi.");

    /// <summary>The caller as the rules see them: everything (a system administrator), or their organisation and its depth.</summary>
    internal sealed record Viewer(bool All, ReportingOrganisation? Organisation)
    {
        public bool IsCentre => Organisation?.Level == CentreLevel;

        public bool Sees(Difficulty d) => All || (Organisation is { } o
            && d.OrganisationPath.Contains($"/{o.Id:N}/", StringComparison.Ordinal) && (d.Escalated || o.Depth >= d.HandlerDepth));

        /// <summary>The tier in which the caller answers or escalates <paramref name="d"/>, or null when it is not theirs to.</summary>
        public DifficultyTier? HandlerTier(Difficulty d) =>
            All ? d.AwaitedTier ?? DifficultyTier.Province
            : Organisation is { } o && d.ProvinceId == o.Id ? DifficultyTier.Province
            : IsCentre && d.Escalated ? DifficultyTier.Centre
            : null;

        public bool IsReporter(Difficulty d) => All || Organisation?.Id == d.OrganisationId;
    }

    public async Task<Viewer?> ViewerAsync(CancellationToken cancellationToken)
    {
        if (user.OrganisationId is { } own && await tree.FindAsync(own, cancellationToken) is { } organisation) return new Viewer(user.IsSystemAdmin, organisation);
        return user.IsSystemAdmin ? new Viewer(true, null) : null;
    }

    public DifficultyAuthor Author(Viewer viewer) =>
        new(user.UserId, user.UserName, ActingRole(), viewer.Organisation?.Id, viewer.Organisation?.Name);

    private string ActingRole() =>
        new[] { Roles.OrganisingCommittee, Roles.Secretariat, Roles.SystemAdmin, Roles.Monitor }.FirstOrDefault(user.IsInRole) ?? "";

    /// <summary>The difficulty of that organisation, when the caller may see it (tracked when it is to be changed).</summary>
    public async Task<Result<(Difficulty Difficulty, Viewer Viewer)>> FindAsync(Guid organisationId, Guid difficultyId, bool tracked, CancellationToken cancellationToken)
    {
        if (await ViewerAsync(cancellationToken) is not { } viewer) return NotFound;
        var query = db.Difficulties.Include(d => d.Entries).Where(d => d.Id == new DifficultyId(difficultyId) && d.OrganisationId == organisationId);
        var difficulty = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (difficulty is null || !viewer.Sees(difficulty)) return NotFound;
        return (difficulty, viewer);
    }

    /// <summary>
    /// The one path by which a difficulty changes: found and seen (404), the version the caller read still current (409), the
    /// change allowed (403/409), then written at once, so that a concurrent writer of the same version is told 409 too.
    /// </summary>
    public async Task<Result<DifficultyDto>> ChangeAsync(Guid organisationId, Guid difficultyId, int expectedVersion,
        Func<Difficulty, Viewer, DateTime, Result> change, CancellationToken cancellationToken)
    {
        var found = await FindAsync(organisationId, difficultyId, tracked: true, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var (difficulty, viewer) = found.Value;
        if (difficulty.Version != expectedVersion) return Stale(difficulty.Version);
        var changed = change(difficulty, viewer, clock.UtcNow);
        if (changed.IsFailure) return changed.Error!;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException raced) when (raced is DbUpdateConcurrencyException || raced.Entries.Any(e => e.Entity is DifficultyEntry))
        {
            // Another writer of the same version committed first: its row version moved (the concurrency token), or — on
            // PostgreSQL, where our entry's insert waits on theirs — the thread's unique (difficulty, sequence) refused ours.
            // The transaction is rolled back by the unit of work; what they wrote stays, ours is told 409.
            return Stale(expectedVersion + 1);
        }
        SignalAfterCommit(difficulty);
        return await ToDtoAsync(difficulty, viewer, cancellationToken);
    }

    public async Task<DifficultyDto> ToDtoAsync(Difficulty d, Viewer viewer, CancellationToken cancellationToken)
    {
        var ids = new[] { d.OrganisationId, d.ProvinceId ?? d.OrganisationId };
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var organisation = names.GetValueOrDefault(d.OrganisationId);
        var mayAct = authoriser.HasAnyRole(ReportingRoles.Difficulties);
        var tier = viewer.HandlerTier(d);
        var awaitsCaller = tier is not null && d.AwaitedTier == tier;
        return new DifficultyDto(d.Id.Value, d.OrganisationId, organisation?.Code ?? "", organisation?.Name ?? "",
            d.ProvinceId, d.ProvinceId is { } p ? names.GetValueOrDefault(p)?.Name : null,
            d.Category.ToString(), d.Title, d.Description, d.Status.ToString(), d.Escalated, d.ReporterName, d.ReportedAtUtc, d.UpdatedAtUtc, d.Version,
            d.Entries.OrderBy(e => e.Sequence).Select(e => new DifficultyEntryDto(e.Sequence, e.Kind.ToString(), e.Tier.ToString(), e.Text,
                e.AuthorName, e.AuthorRole, e.AuthorOrganisationId, e.AuthorOrganisationName, e.AtUtc)).ToList(),
            MayAnswer: mayAct && awaitsCaller,
            MayEscalate: mayAct && awaitsCaller && tier == DifficultyTier.Province,
            MayClose: mayAct && viewer.IsReporter(d) && d.Status != DifficultyStatus.Closed,
            MayFollowUp: mayAct && viewer.IsReporter(d));
    }

    /// <summary>
    /// Once the change is committed, tells the pages open on the reporter's organisation and every organisation above it (the
    /// topic of each, see <see cref="DifficultyTopic"/>); a page re-reads through the mediator, so each sees only what it may.
    /// </summary>
    public void SignalAfterCommit(Difficulty difficulty)
    {
        var organisations = ReportingOrganisation.AncestorsOf(difficulty.OrganisationPath, difficulty.OrganisationId).Append(difficulty.OrganisationId).ToList();
        var change = difficulty.Status.ToString();
        db.AfterCommit(async ct =>
        {
            foreach (var organisation in organisations)
                await signals.PublishAsync(new LiveSignal(DifficultyTopic.For(organisation), change), ct);
        });
    }

    /// <summary>The nearest organisation of level Province strictly above <paramref name="organisation"/>, if any.</summary>
    public async Task<ReportingOrganisation?> ProvinceAboveAsync(ReportingOrganisation organisation, CancellationToken cancellationToken)
    {
        var above = organisation.AncestorIds;
        return await db.Organisations.AsNoTracking().Where(o => above.Contains(o.Id) && o.Level == ProvinceLevel)
            .OrderByDescending(o => o.Depth).FirstOrDefaultAsync(cancellationToken);
    }

    public static Error UnknownOrganisation => ProgressReports.UnknownOrganisation;
}

/// <summary>The live-signal topic of the difficulties an organisation's page lists: "reporting:difficulties:{organisation id}".</summary>
internal static class DifficultyTopic
{
    public static string For(Guid organisationId) => $"reporting:difficulties:{organisationId:N}";
}
