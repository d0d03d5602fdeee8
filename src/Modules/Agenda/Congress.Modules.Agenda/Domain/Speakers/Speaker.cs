using Congress.Modules.Agenda.Domain.Programme;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Domain.Speakers;

internal readonly record struct SpeakerId(Guid Value) : ITypedId
{
    public static SpeakerId New() => new(Guid.NewGuid());
}

/// <summary>Phát biểu tại hội trường, or a written contribution (tham luận gửi bằng văn bản), which is never called or timed.</summary>
internal enum SpeakingMode
{
    Spoken,
    Written,
}

internal enum SpeakerStatus
{
    Requested,
    Called,
    Speaking,
    Done,
}

internal static class SpeakerErrors
{
    public static readonly Error TimerRunning = Error.Conflict("agenda.speaker.timer_running", "Đồng hồ phát biểu đang chạy.");
    public static readonly Error AnotherSpeaking = Error.Conflict("agenda.speaker.other_speaking", "Một đại biểu khác đang phát biểu; dừng lượt đó trước.");
    public static readonly Error NotADelegate = new("agenda.speaker.not_a_delegate", "Người này không phải đại biểu của đại hội.");
    public static readonly Error AlreadyListed = Error.Conflict("agenda.speaker.duplicate", "Đại biểu đã đăng ký phát biểu nội dung này.");
    public static readonly Error NotPresent = Error.Conflict("agenda.speaker.not_present", "Đại biểu không có mặt trong hội trường; đại hội chỉ mời đại biểu có mặt phát biểu.");
    public static readonly Error WrittenIsNotCalled = new("agenda.speaker.written", "Tham luận bằng văn bản không được mời lên phát biểu.");
    public static readonly Error LimitReached = Error.Conflict("agenda.speaker.limit", "Đã đủ số lượt phát biểu của nội dung này.");
    public static readonly Error DelegationQuotaReached = Error.Conflict("agenda.speaker.delegation_quota", "Đoàn đại biểu này đã dùng hết số lượt phát biểu của nội dung này.");
    public static readonly Error OrderMismatch = new("agenda.speaker.order", "Danh sách sắp xếp phải gồm đúng các lượt phát biểu của nội dung.");

    public static Error InvalidStatus(string action, SpeakerStatus status) =>
        Error.Conflict("agenda.speaker.status", $"Không thể {action} khi lượt phát biểu đang ở trạng thái {status}.");
}

/// <summary>
/// One delegate's turn on one item: asked for from the tablet or added by the secretariat, ordered and called by the chair,
/// timed. <see cref="SpokenSeconds"/> adds up every timed stretch, so a stopped and restarted turn keeps its total.
/// </summary>
internal sealed class Speaker : AggregateRoot<SpeakerId>
{
    private Speaker() { }

    public Guid CongressId { get; private set; }
    public ItemId ItemId { get; private set; }
    public Guid DelegateId { get; private set; }
    public string DelegateCode { get; private set; } = "";
    public string DelegateName { get; private set; } = "";
    public string Delegation { get; private set; } = "";
    public SpeakingMode Mode { get; private set; }
    public string? Text { get; private set; }
    public int Order { get; private set; }
    public SpeakerStatus Status { get; private set; }
    public DateTime RequestedAtUtc { get; private set; }
    public DateTime? TimerStartedAtUtc { get; private set; }
    public int SpokenSeconds { get; private set; }

    public static Speaker Request(AgendaItem item, Guid delegateId, string code, string name, string delegation, SpeakingMode mode, string? text, int order, DateTime nowUtc)
    {
        var speaker = new Speaker
        {
            Id = SpeakerId.New(), CongressId = item.CongressId, ItemId = item.Id, DelegateId = delegateId, DelegateCode = code,
            DelegateName = name, Delegation = delegation, Mode = mode, Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            Order = order, Status = SpeakerStatus.Requested, RequestedAtUtc = nowUtc,
        };
        speaker.Raise(new SpeakersChangedDomainEvent(speaker.CongressId, $"Đăng ký phát biểu: {name}"));
        return speaker;
    }

    public Result Call()
    {
        if (Mode == SpeakingMode.Written) return SpeakerErrors.WrittenIsNotCalled;
        if (Status != SpeakerStatus.Requested) return SpeakerErrors.InvalidStatus("mời phát biểu", Status);
        Status = SpeakerStatus.Called;
        Raise(new SpeakersChangedDomainEvent(CongressId, $"Mời phát biểu: {DelegateName}"));
        return Result.Success();
    }

    public Result StartTimer(DateTime nowUtc)
    {
        if (Status == SpeakerStatus.Speaking) return SpeakerErrors.TimerRunning;
        if (Status != SpeakerStatus.Called) return SpeakerErrors.InvalidStatus("bấm giờ", Status);
        Status = SpeakerStatus.Speaking;
        TimerStartedAtUtc = nowUtc;
        Raise(new SpeakersChangedDomainEvent(CongressId, $"Đang phát biểu: {DelegateName}"));
        return Result.Success();
    }

    public Result StopTimer(DateTime nowUtc)
    {
        if (Status != SpeakerStatus.Speaking) return SpeakerErrors.InvalidStatus("dừng đồng hồ", Status);
        SpokenSeconds += (int)Math.Max(0, Math.Round((nowUtc - TimerStartedAtUtc!.Value).TotalSeconds));
        TimerStartedAtUtc = null;
        Status = SpeakerStatus.Done;
        Raise(new SpeakersChangedDomainEvent(CongressId, $"Kết thúc phát biểu: {DelegateName}"));
        return Result.Success();
    }

    public void Reorder(int order)
    {
        if (order == Order) return;
        Order = order;
        Raise(new SpeakersChangedDomainEvent(CongressId, "Đổi thứ tự phát biểu"));
    }
}

internal sealed record SpeakersChangedDomainEvent(Guid CongressId, string Change) : IDomainEvent;
