using Congress.Modules.Documents.Domain.Documents;
using FluentValidation;

namespace Congress.Modules.Documents.Application.Comments.CommentOnSection;

internal sealed class CommentOnSectionCommandValidator : AbstractValidator<CommentOnSectionCommand>
{
    public CommentOnSectionCommandValidator()
    {
        RuleFor(c => c.Version).GreaterThan(0).WithMessage("Phiên bản từ 1.");
        RuleFor(c => c.Section).GreaterThanOrEqualTo(0).WithMessage("Mục đánh số từ 0.");
        RuleFor(c => c.Text).NotEmpty().WithMessage("Nội dung góp ý là bắt buộc.")
            .MaximumLength(SectionComment.MaxLength).WithMessage($"Góp ý quá dài (tối đa {SectionComment.MaxLength} ký tự).");
    }
}
