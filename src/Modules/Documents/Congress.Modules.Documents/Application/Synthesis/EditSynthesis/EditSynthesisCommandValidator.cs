using FluentValidation;

namespace Congress.Modules.Documents.Application.Synthesis.EditSynthesis;

internal sealed class EditSynthesisCommandValidator : AbstractValidator<EditSynthesisCommand>
{
    public EditSynthesisCommandValidator()
    {
        RuleFor(c => c.Revision).GreaterThan(0).WithMessage("Thiếu số lần sửa của bản đang sửa.");
        RuleFor(c => c.Themes).NotNull().WithMessage("Thiếu nội dung các nhóm ý kiến.")
            .Must(t => t is null || t.Count <= 200).WithMessage("Quá nhiều nhóm ý kiến.");
    }
}
