using System.Text;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Domain.Difficulties;

internal readonly record struct DifficultyId(Guid Value) : ITypedId;

/// <summary>What the difficulty is about: the organisation's own congress, or this software.</summary>
internal enum DifficultyCategory { Congress, Software }

/// <summary>
/// Open (waiting for the province) → AnsweredByProvince, or → EscalatedToCentre (waiting for the centre) → AnsweredByCentre;
/// the reporter closes it (Closed) or follows up, which reopens it to whoever handles it now (the province, or the centre
/// once it was escalated).
/// </summary>
internal enum DifficultyStatus { Open, AnsweredByProvince, EscalatedToCentre, AnsweredByCentre, Closed }

internal enum DifficultyEntryKind { Reported, Answered, Escalated, FollowedUp, Closed }

/// <summary>The level in which someone acts on a difficulty: its reporter, the province it went to, or the centre.</summary>
internal enum DifficultyTier { Reporter, Province, Centre }

/// <summary>Who wrote an entry: their account name, the role they acted in, the tier and the organisation they belong to.</summary>
internal sealed record DifficultyAuthor(Guid? UserId, string Name, string Role, Guid? OrganisationId, string? OrganisationName);

internal sealed record DifficultyChangedDomainEvent(Guid DifficultyId, Guid OrganisationId, DifficultyStatus Status) : IDomainEvent;

/// <summary>Bounds and normal form of the texts of a difficulty (Vietnamese typed on different keyboards: NFC, so that equal text is equal).</summary>
internal static class DifficultyText
{
    public const int TitleMax = 200;
    public const int BodyMax = 4000;

    public static string Clean(string? text) => (text ?? "").Normalize(NormalizationForm.FormC).Trim();

    /// <summary>No control characters but line breaks and tabs.</summary>
    public static bool Printable(string? text) => (text ?? "").All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t');
}

/// <summary>One entry of a difficulty's thread: the report itself, an answer, an escalation, a follow-up, the closing.</summary>
internal sealed class DifficultyEntry
{
    private DifficultyEntry() { }

    public Guid Id { get; private set; }
    public DifficultyId DifficultyId { get; private set; }
    public int Sequence { get; private set; }
    public DifficultyEntryKind Kind { get; private set; }
    public DifficultyTier Tier { get; private set; }
    public string Text { get; private set; } = "";
    public Guid? AuthorUserId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string AuthorRole { get; private set; } = "";
    public Guid? AuthorOrganisationId { get; private set; }
    public string? AuthorOrganisationName { get; private set; }
    public DateTime AtUtc { get; private set; }

    public static DifficultyEntry From(DifficultyId difficultyId, int sequence, DifficultyEntryKind kind, DifficultyTier tier, string text,
        DifficultyAuthor author, DateTime atUtc) => new()
    {
        Id = Guid.NewGuid(), DifficultyId = difficultyId, Sequence = sequence, Kind = kind, Tier = tier, Text = DifficultyText.Clean(text),
        AuthorUserId = author.UserId, AuthorName = author.Name, AuthorRole = author.Role,
        AuthorOrganisationId = author.OrganisationId, AuthorOrganisationName = author.OrganisationName, AtUtc = atUtc,
    };
}

/// <summary>
/// A difficulty an organisation's official reports: about its congress or about the software. It goes to the province
/// above the organisation (<see cref="ProvinceId"/>), which answers it or escalates it to the centre; one reported by a
/// province itself (or by an organisation with no province above it) goes to the centre at once. <see cref="Version"/>
/// is the optimistic-concurrency token every change quotes: a stale answer is refused (409), never written over another.
/// <see cref="OrganisationPath"/> (the tree path of the reporting organisation) and <see cref="HandlerDepth"/> (the depth of
/// the province it went to) let a list select what a caller may see without walking the tree: the organisations from the
/// province down to the reporter see it always, the centre once it is escalated.
/// </summary>
internal sealed class Difficulty : AggregateRoot<DifficultyId>
{
    private readonly List<DifficultyEntry> _entries = [];

    private Difficulty() { }

    public Guid OrganisationId { get; private set; }
    public string OrganisationPath { get; private set; } = "";
    public Guid? ProvinceId { get; private set; }
    public int HandlerDepth { get; private set; }
    public Guid? ReporterUserId { get; private set; }
    public string ReporterName { get; private set; } = "";
    public DifficultyCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DifficultyStatus Status { get; private set; }

    /// <summary>Once escalated, always visible to the centre (a follow-up after its answer goes back to it).</summary>
    public bool Escalated { get; private set; }

    public int Version { get; private set; }
    public DateTime ReportedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public IReadOnlyList<DifficultyEntry> Entries => _entries;

    public static Difficulty Report(Guid organisationId, string organisationPath, int organisationDepth, Guid? provinceId, int? provinceDepth,
        DifficultyCategory category, string title, string description, DifficultyAuthor reporter, DateTime nowUtc)
    {
        var difficulty = new Difficulty
        {
            Id = new DifficultyId(Guid.NewGuid()), OrganisationId = organisationId, OrganisationPath = organisationPath,
            ProvinceId = provinceId, HandlerDepth = provinceDepth ?? organisationDepth,
            ReporterUserId = reporter.UserId, ReporterName = reporter.Name, Category = category,
            Title = DifficultyText.Clean(title), Description = DifficultyText.Clean(description),
            Status = provinceId is null ? DifficultyStatus.EscalatedToCentre : DifficultyStatus.Open, Escalated = provinceId is null,
            ReportedAtUtc = nowUtc,
        };
        difficulty.Add(DifficultyEntryKind.Reported, DifficultyTier.Reporter, difficulty.Description, reporter, nowUtc);
        return difficulty;
    }

    public static readonly Error AlreadyClosed = Error.Conflict("reporting.difficulty.closed", "Khó khăn này đã được đóng; hãy gửi ý kiến tiếp để mở lại.");

    /// <summary>The tier whose answer the difficulty waits for now, or null when it waits for nobody (answered or closed).</summary>
    public DifficultyTier? AwaitedTier => Status switch
    {
        DifficultyStatus.Open => DifficultyTier.Province,
        DifficultyStatus.EscalatedToCentre => DifficultyTier.Centre,
        _ => null,
    };

    /// <summary>The province answers an open difficulty; the centre an escalated one.</summary>
    public Result Answer(DifficultyTier tier, string text, DifficultyAuthor author, DateTime nowUtc)
    {
        if (tier == DifficultyTier.Reporter || AwaitedTier != tier) return NotAwaiting(tier);
        Status = tier == DifficultyTier.Province ? DifficultyStatus.AnsweredByProvince : DifficultyStatus.AnsweredByCentre;
        Add(DifficultyEntryKind.Answered, tier, text, author, nowUtc);
        return Result.Success();
    }

    /// <summary>The province passes an open difficulty to the centre, saying why.</summary>
    public Result Escalate(string note, DifficultyAuthor author, DateTime nowUtc)
    {
        if (Status != DifficultyStatus.Open) return NotAwaiting(DifficultyTier.Province);
        Status = DifficultyStatus.EscalatedToCentre;
        Escalated = true;
        Add(DifficultyEntryKind.Escalated, DifficultyTier.Province, note, author, nowUtc);
        return Result.Success();
    }

    /// <summary>The reporter closes it (solved, or no longer needed), with an optional word.</summary>
    public Result Close(string? note, DifficultyAuthor author, DateTime nowUtc)
    {
        if (Status == DifficultyStatus.Closed) return AlreadyClosed;
        Status = DifficultyStatus.Closed;
        Add(DifficultyEntryKind.Closed, DifficultyTier.Reporter, note ?? "", author, nowUtc);
        return Result.Success();
    }

    /// <summary>The reporter adds to it: it is open again, for the province, or for the centre once escalated.</summary>
    public Result FollowUp(string text, DifficultyAuthor author, DateTime nowUtc)
    {
        Status = Escalated ? DifficultyStatus.EscalatedToCentre : DifficultyStatus.Open;
        Add(DifficultyEntryKind.FollowedUp, DifficultyTier.Reporter, text, author, nowUtc);
        return Result.Success();
    }

    private Error NotAwaiting(DifficultyTier tier) => Error.Conflict("reporting.difficulty.status", (Status, tier) switch
    {
        (DifficultyStatus.EscalatedToCentre or DifficultyStatus.AnsweredByCentre, DifficultyTier.Province) =>
            "Khó khăn này đã được chuyển lên Trung ương; cấp tỉnh không trả lời/chuyển tiếp được nữa.",
        (DifficultyStatus.Closed, _) => "Khó khăn này đã được đóng.",
        _ => "Khó khăn này hiện không chờ trả lời của cấp này (đã được trả lời hoặc chưa được chuyển lên).",
    });

    private void Add(DifficultyEntryKind kind, DifficultyTier tier, string text, DifficultyAuthor author, DateTime nowUtc)
    {
        _entries.Add(DifficultyEntry.From(Id, _entries.Count == 0 ? 1 : _entries.Max(e => e.Sequence) + 1, kind, tier, text, author, nowUtc));
        Version++;
        UpdatedAtUtc = nowUtc;
        Raise(new DifficultyChangedDomainEvent(Id.Value, OrganisationId, Status));
    }
}
