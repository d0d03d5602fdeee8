using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Devices;
using FluentValidation;

namespace Congress.Modules.Documents.Application.Devices.RegisterDevice;

internal sealed class RegisterDeviceCommandValidator : AbstractValidator<RegisterDeviceCommand>
{
    public RegisterDeviceCommandValidator(IPackageSealer sealer)
    {
        RuleFor(c => c.Label).NotEmpty().WithMessage("Đặt tên cho máy (ví dụ số máy).")
            .MaximumLength(TabletDevice.MaxLabelLength).WithMessage($"Tên máy quá dài (tối đa {TabletDevice.MaxLabelLength} ký tự).");
        RuleFor(c => c.PublicKey).NotEmpty().WithMessage("Thiếu khoá công khai của máy.")
            .MaximumLength(1000).WithMessage("Khoá công khai của máy quá dài.")
            .Must(k => sealer.DeviceKeyId(k) is not null).WithMessage("Khoá công khai của máy phải là khoá P-256 (SubjectPublicKeyInfo, base64).");
    }
}
