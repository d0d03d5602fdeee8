using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Domain.Congresses;

internal readonly record struct CongressId(Guid Value) : ITypedId
{
    public static CongressId New() => new(Guid.NewGuid());
}

internal enum CongressStatus
{
    Preparing = 0,   // Chuẩn bị
    InSession = 1,   // Đang họp
    Closed = 2,      // Bế mạc
}

/// <summary>
/// A congress of one party organisation for one term (e.g. Đại hội Đảng bộ tỉnh lần thứ XVII, 2025–2030).
/// It carries a copy of its organisation's path so that subtree scoping is one prefix test.
/// </summary>
internal sealed class PartyCongress : AggregateRoot<CongressId>
{
    private PartyCongress() { }

    public OrganisationId OrganisationId { get; private set; }
    public string OrganisationPath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int TermStartYear { get; private set; }
    public int TermEndYear { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public CongressStatus Status { get; private set; }
    public int DelegateQuota { get; private set; }

    public string Term => $"{TermStartYear}–{TermEndYear}";

    public static Result<PartyCongress> Schedule(Organisation organisation, string name, int termStartYear, int termEndYear, DateOnly startsOn, DateOnly endsOn, int delegateQuota)
    {
        if (string.IsNullOrWhiteSpace(name)) return new Error("delegates.congress.name", "Tên đại hội là bắt buộc.");
        if (termEndYear <= termStartYear) return new Error("delegates.congress.term", "Năm kết thúc nhiệm kỳ phải sau năm bắt đầu.");
        if (endsOn < startsOn) return new Error("delegates.congress.dates", "Ngày bế mạc không được trước ngày khai mạc.");
        if (delegateQuota <= 0) return new Error("delegates.congress.quota", "Số đại biểu được triệu tập phải lớn hơn 0.");
        return new PartyCongress
        {
            Id = CongressId.New(),
            OrganisationId = organisation.Id,
            OrganisationPath = organisation.Path,
            Name = name.Trim(),
            TermStartYear = termStartYear,
            TermEndYear = termEndYear,
            StartsOn = startsOn,
            EndsOn = endsOn,
            DelegateQuota = delegateQuota,
            Status = CongressStatus.Preparing,
        };
    }

    public Result ChangeStatus(CongressStatus status)
    {
        if (status < Status) return new Error("delegates.congress.status", "Không thể đưa đại hội về trạng thái trước.");
        Status = status;
        return Result.Success();
    }
}
