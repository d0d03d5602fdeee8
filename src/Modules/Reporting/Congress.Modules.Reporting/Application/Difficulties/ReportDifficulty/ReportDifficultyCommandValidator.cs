using Congress.Modules.Reporting.Domain.Difficulties;
using FluentValidation;

namespace Congress.Modules.Reporting.Application.Difficulties.ReportDifficulty;

/// <summary>Lengths are counted on the text as it will be stored (NFC, trimmed).</summary>
internal sealed class ReportDifficultyCommandValidator : AbstractValidator<ReportDifficultyCommand>
{
    public ReportDifficultyCommandValidator()
    {
        RuleFor(c => c.OrganisationId).NotEmpty().WithMessage("Chưa chọn tổ chức đảng.");
        RuleFor(c => c.Category).Must(c => Enum.TryParse<DifficultyCategory>(c, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(c, out _))
            .WithMessage("Loại khó khăn phải là Congress (về đại hội) hoặc Software (về phần mềm).");
        RuleFor(c => DifficultyText.Clean(c.Title)).NotEmpty().WithMessage("Cần nêu tiêu đề.")
            .MaximumLength(DifficultyText.TitleMax).WithMessage($"Tiêu đề dài quá {DifficultyText.TitleMax} ký tự.")
            .OverridePropertyName(nameof(ReportDifficultyCommand.Title));
        RuleFor(c => DifficultyText.Clean(c.Description)).NotEmpty().WithMessage("Cần mô tả khó khăn, vướng mắc.")
            .MaximumLength(DifficultyText.BodyMax).WithMessage($"Nội dung dài quá {DifficultyText.BodyMax} ký tự.")
            .OverridePropertyName(nameof(ReportDifficultyCommand.Description));
        RuleFor(c => c.Title).Must(t => DifficultyText.Printable(t) && !(t ?? "").Contains('\n')).WithMessage("Tiêu đề có ký tự không hợp lệ.");
        RuleFor(c => c.Description).Must(DifficultyText.Printable).WithMessage("Nội dung có ký tự điều khiển không hợp lệ.");
    }
}
