using Congress.Modules.Documents.Domain.Devices;
using FluentValidation;

namespace Congress.Modules.Documents.Application.Devices.RevokeDevice;

internal sealed class RevokeDeviceCommandValidator : AbstractValidator<RevokeDeviceCommand>
{
    public RevokeDeviceCommandValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Ghi lý do thu hồi (ví dụ: mất máy).")
            .MaximumLength(TabletDevice.MaxReasonLength).WithMessage($"Lý do quá dài (tối đa {TabletDevice.MaxReasonLength} ký tự).");
    }
}
