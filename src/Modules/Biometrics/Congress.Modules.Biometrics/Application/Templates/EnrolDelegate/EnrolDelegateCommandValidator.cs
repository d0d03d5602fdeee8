using FluentValidation;

namespace Congress.Modules.Biometrics.Application.Templates.EnrolDelegate;

internal sealed class EnrolDelegateCommandValidator : AbstractValidator<EnrolDelegateCommand>
{
    public EnrolDelegateCommandValidator(Microsoft.Extensions.Options.IOptions<BiometricsOptions> options)
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
        RuleFor(c => c.DelegateId).NotEmpty().WithMessage("Chưa chọn đại biểu.");
        RuleFor(c => c.Photo.Length).GreaterThan(0).WithMessage("Chưa gửi ảnh (no photo).")
            .LessThanOrEqualTo(options.Value.MaxImageBytes).WithMessage($"Tệp ảnh quá lớn (tối đa {options.Value.MaxImageBytes / 1048576} MB).");
    }
}
