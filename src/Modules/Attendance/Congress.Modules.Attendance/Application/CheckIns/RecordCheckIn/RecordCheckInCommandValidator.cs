using Congress.Modules.Attendance.Domain.Ledger;
using FluentValidation;

namespace Congress.Modules.Attendance.Application.CheckIns.RecordCheckIn;

internal sealed class RecordCheckInCommandValidator : AbstractValidator<RecordCheckInCommand>
{
    public RecordCheckInCommandValidator()
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
        RuleFor(c => c.DelegateId).NotEmpty().WithMessage("Chưa chọn đại biểu.");
        RuleFor(c => c.Direction).Must(d => d is "Entry" or "Exit").WithMessage("Hướng phải là Entry (vào) hoặc Exit (ra).");
        RuleFor(c => c.Method).Must(m => m is "Manual" or "Face").WithMessage("Phương thức phải là Manual (thủ công) hoặc Face (khuôn mặt).");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Method == "Manual").WithMessage("Điểm danh thủ công phải ghi lý do.");
        RuleFor(c => c.Reason).MaximumLength(PresenceEvent.MaxReasonLength).WithMessage($"Lý do quá dài (tối đa {PresenceEvent.MaxReasonLength} ký tự).");
        RuleFor(c => c.Gate).MaximumLength(PresenceEvent.MaxGateLength).WithMessage($"Tên cổng quá dài (tối đa {PresenceEvent.MaxGateLength} ký tự).");
        RuleFor(c => c.ScanKey).MaximumLength(PresenceEvent.MaxScanKeyLength).WithMessage($"Mã lượt quét quá dài (tối đa {PresenceEvent.MaxScanKeyLength} ký tự).");
    }
}
