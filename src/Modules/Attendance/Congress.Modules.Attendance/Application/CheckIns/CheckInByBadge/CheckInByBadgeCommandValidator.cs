using Congress.Modules.Attendance.Domain.Ledger;
using FluentValidation;

namespace Congress.Modules.Attendance.Application.CheckIns.CheckInByBadge;

internal sealed class CheckInByBadgeCommandValidator : AbstractValidator<CheckInByBadgeCommand>
{
    public CheckInByBadgeCommandValidator()
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
        RuleFor(c => c.Token).NotEmpty().WithMessage("Chưa có mã QR của thẻ đại biểu.").MaximumLength(200).WithMessage("Mã QR không hợp lệ.");
        RuleFor(c => c.Direction).Must(d => d is "Entry" or "Exit").WithMessage("Hướng phải là Entry (vào) hoặc Exit (ra).");
        RuleFor(c => c.Gate).MaximumLength(PresenceEvent.MaxGateLength).WithMessage($"Tên cổng quá dài (tối đa {PresenceEvent.MaxGateLength} ký tự).");
        RuleFor(c => c.ScanKey).MaximumLength(PresenceEvent.MaxScanKeyLength).WithMessage($"Mã lượt quét quá dài (tối đa {PresenceEvent.MaxScanKeyLength} ký tự).");
    }
}
