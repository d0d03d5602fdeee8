using FluentValidation;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Application.Templates.EnrolFromArchive;

internal sealed class EnrolFromArchiveCommandValidator : AbstractValidator<EnrolFromArchiveCommand>
{
    public EnrolFromArchiveCommandValidator(IOptions<BiometricsOptions> options)
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
        RuleFor(c => c.Archive.Length).GreaterThan(0).WithMessage("Chưa gửi tệp nén ảnh (no archive).")
            .LessThanOrEqualTo(options.Value.MaxArchiveBytes).WithMessage($"Tệp nén quá lớn (tối đa {options.Value.MaxArchiveBytes / 1048576} MB).");
    }
}
