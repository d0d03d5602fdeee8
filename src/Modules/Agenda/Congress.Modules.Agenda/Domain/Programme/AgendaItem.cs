using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Domain.Programme;

internal readonly record struct ItemId(Guid Value) : ITypedId
{
    public static ItemId New() => new(Guid.NewGuid());
}

/// <summary>Báo cáo, thảo luận, biểu quyết, bầu cử, nghi lễ, giải lao.</summary>
internal enum ItemKind
{
    Report,
    Discussion,
    Vote,
    Election,
    Ceremony,
    Break,
}

internal enum ItemStatus
{
    Planned,
    InProgress,
    Done,
    Postponed,
}

/// <summary>The congress's bodies an election item fills (Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu).</summary>
internal enum CongressBody
{
    None,
    Presidium,
    Secretariat,
    CredentialsBoard,
}

internal sealed record ItemChangedDomainEvent(ItemId ItemId, Guid CongressId, string Change) : IDomainEvent;

/// <summary>
/// One numbered item of a session's order of business. Its planned start lies on its session's day; every change the
/// chair makes bumps <see cref="Version"/> (optimistic concurrency: an edit made on an older version is refused, so a
/// second writer is told instead of overwriting the first). Time is passed in (UTC).
/// </summary>
internal sealed class AgendaItem : AggregateRoot<ItemId>
{
    public const int MaxTitle = 500;

    private AgendaItem() { }

    public Guid CongressId { get; private set; }
    public SessionId SessionId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public ItemKind Kind { get; private set; }
    public DateTime PlannedStartUtc { get; private set; }
    public int PlannedMinutes { get; private set; }
    public string Presenter { get; private set; } = "";
    public ItemStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTime? ActualStartUtc { get; private set; }
    public DateTime? ActualEndUtc { get; private set; }

    /// <summary>How many may speak on the item (spoken contributions); 0: no limit.</summary>
    public int MaxSpeakers { get; private set; }

    /// <summary>The time each speaker is given, in seconds; 0: none shown.</summary>
    public int SecondsPerSpeaker { get; private set; }

    /// <summary>How many of one delegation may speak on the item (the quota per delegation); 0: no quota.</summary>
    public int MaxPerDelegation { get; private set; }

    /// <summary>The Voting poll opened for this item (its id chosen here), if any.</summary>
    public Guid? PollId { get; private set; }
    public CongressBody Body { get; private set; }
    public bool? Passed { get; private set; }

    /// <summary>The elected or approved keys (delegate codes), comma-separated, in result order.</summary>
    public string? Elected { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public bool DecidedByHand { get; private set; }

    public int Version { get; private set; }

    public bool IsDecided => DecidedAtUtc is not null;

    public static Result<AgendaItem> Plan(AgendaSession session, string title, ItemKind kind, DateTime plannedStartUtc, DateOnly plannedLocalDay,
        int plannedMinutes, string? presenter)
    {
        var error = CheckPlan(title, plannedMinutes) ?? CheckDay(session, plannedLocalDay);
        if (error is not null) return error;
        var item = new AgendaItem
        {
            Id = ItemId.New(), CongressId = session.CongressId, SessionId = session.Id, Title = title.Trim(), Kind = kind,
            PlannedStartUtc = plannedStartUtc, PlannedMinutes = plannedMinutes, Presenter = presenter?.Trim() ?? "", Version = 1,
        };
        item.Raise(new ItemChangedDomainEvent(item.Id, item.CongressId, $"Thêm nội dung: {item.Title}"));
        return item;
    }

    public Result Replan(int expectedVersion, string title, DateTime plannedStartUtc, DateOnly plannedLocalDay, int plannedMinutes, string? presenter, AgendaSession session)
    {
        if (expectedVersion != Version) return AgendaErrors.Stale;
        var error = CheckPlan(title, plannedMinutes) ?? CheckDay(session, plannedLocalDay);
        if (error is not null) return error;
        var moved = plannedStartUtc != PlannedStartUtc;
        Title = title.Trim();
        PlannedStartUtc = plannedStartUtc;
        PlannedMinutes = plannedMinutes;
        Presenter = presenter?.Trim() ?? "";
        Changed(moved ? $"Đổi giờ: {Title}" : $"Sửa nội dung: {Title}");
        return Result.Success();
    }

    /// <summary>Moves the item into <paramref name="session"/> at <paramref name="number"/> (the caller renumbers the rest).</summary>
    public Result MoveTo(int expectedVersion, AgendaSession session, int number, DateTime plannedStartUtc, DateOnly plannedLocalDay)
    {
        if (expectedVersion != Version) return AgendaErrors.Stale;
        if (CheckDay(session, plannedLocalDay) is { } error) return error;
        if (Status is ItemStatus.InProgress or ItemStatus.Done) return AgendaErrors.InvalidStatus("chuyển", Status);
        SessionId = session.Id;
        Number = number;
        PlannedStartUtc = plannedStartUtc;
        if (Status == ItemStatus.Postponed) { Status = ItemStatus.Planned; StatusReason = null; }
        Changed($"Đổi thứ tự: {Title}");
        return Result.Success();
    }

    public Result Postpone(int expectedVersion, string reason)
    {
        if (expectedVersion != Version) return AgendaErrors.Stale;
        if (Status is not ItemStatus.Planned) return AgendaErrors.InvalidStatus("hoãn", Status);
        Status = ItemStatus.Postponed;
        StatusReason = reason.Trim();
        Changed($"Hoãn: {Title}");
        return Result.Success();
    }

    public Result Start(DateTime nowUtc)
    {
        if (Status is not (ItemStatus.Planned or ItemStatus.Postponed)) return AgendaErrors.InvalidStatus("bắt đầu", Status);
        Status = ItemStatus.InProgress;
        StatusReason = null;
        ActualStartUtc = nowUtc;
        Changed($"Bắt đầu: {Title}");
        return Result.Success();
    }

    public Result End(DateTime nowUtc)
    {
        if (Status != ItemStatus.InProgress) return AgendaErrors.InvalidStatus("kết thúc", Status);
        Status = ItemStatus.Done;
        ActualEndUtc = nowUtc;
        Changed($"Kết thúc: {Title}");
        return Result.Success();
    }

    public Result SetSpeakingRules(int maxSpeakers, int secondsPerSpeaker, int maxPerDelegation)
    {
        if (maxSpeakers < 0 || secondsPerSpeaker < 0 || secondsPerSpeaker > 3600 || maxPerDelegation < 0)
            return new Error("agenda.speaking_rules", "Số người phát biểu, hạn mức mỗi đoàn và thời gian mỗi lượt (tối đa 3.600 giây) không được âm.");
        if (maxSpeakers > 0 && maxPerDelegation > maxSpeakers)
            return new Error("agenda.speaking_rules", "Hạn mức mỗi đoàn không thể lớn hơn tổng số người phát biểu.");
        MaxSpeakers = maxSpeakers;
        SecondsPerSpeaker = secondsPerSpeaker;
        MaxPerDelegation = maxPerDelegation;
        Changed($"Quy định phát biểu: {Title}");
        return Result.Success();
    }

    /// <summary>Binds the item to the Voting poll it asked for (<paramref name="pollId"/> chosen here).</summary>
    public Result BindPoll(Guid pollId, CongressBody body)
    {
        if (Kind is not (ItemKind.Vote or ItemKind.Election)) return AgendaErrors.NotAVoteItem;
        if (PollId is not null) return AgendaErrors.PollAlreadyRequested;
        if (IsDecided) return AgendaErrors.AlreadyDecided;
        PollId = pollId;
        Body = body;
        Changed($"Mở biểu quyết: {Title}");
        return Result.Success();
    }

    /// <summary>Records the outcome: from the poll's published result, or by hand after a show of hands outside the system.</summary>
    public Result Decide(bool passed, IReadOnlyList<string> elected, bool byHand, CongressBody body, DateTime nowUtc)
    {
        if (Kind is not (ItemKind.Vote or ItemKind.Election)) return AgendaErrors.NotAVoteItem;
        if (IsDecided) return AgendaErrors.AlreadyDecided;
        Passed = passed;
        Elected = string.Join(',', elected);
        DecidedAtUtc = nowUtc;
        DecidedByHand = byHand;
        if (body != CongressBody.None) Body = body;
        Changed(passed ? $"Đã thông qua: {Title}" : $"Không thông qua: {Title}");
        return Result.Success();
    }

    public IReadOnlyList<string> ElectedKeys => string.IsNullOrEmpty(Elected) ? [] : Elected.Split(',');

    internal void Renumber(int number) => Number = number;

    /// <summary>The same item in another congress's session, on the same time of day <paramref name="shiftDays"/> later: planned only.</summary>
    public AgendaItem CloneInto(AgendaSession session, int shiftDays)
    {
        var copy = new AgendaItem
        {
            Id = ItemId.New(), CongressId = session.CongressId, SessionId = session.Id, Number = Number, Title = Title, Kind = Kind,
            PlannedStartUtc = PlannedStartUtc.AddDays(shiftDays), PlannedMinutes = PlannedMinutes, Presenter = Presenter,
            MaxSpeakers = MaxSpeakers, SecondsPerSpeaker = SecondsPerSpeaker, MaxPerDelegation = MaxPerDelegation, Version = 1,
        };
        copy.Raise(new ItemChangedDomainEvent(copy.Id, copy.CongressId, $"Lập chương trình từ mẫu: {Title}"));
        return copy;
    }

    private void Changed(string change)
    {
        Version++;
        Raise(new ItemChangedDomainEvent(Id, CongressId, change));
    }

    private static Error? CheckPlan(string title, int plannedMinutes)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitle) return AgendaErrors.TitleRequired;
        return plannedMinutes is < 1 or > 600 ? AgendaErrors.DurationInvalid : null;
    }

    private static Error? CheckDay(AgendaSession session, DateOnly plannedLocalDay) =>
        plannedLocalDay == session.Day ? null : AgendaErrors.OutsideSessionDay(session.Day);
}
