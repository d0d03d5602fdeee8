using FluentValidation;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Documents.Application.Documents.UploadDocumentVersion;

internal sealed class UploadDocumentVersionCommandValidator : AbstractValidator<UploadDocumentVersionCommand>
{
    public UploadDocumentVersionCommandValidator(IOptions<DocumentsOptions> options)
    {
        RuleFor(c => c.FileName).NotEmpty().WithMessage("Thiếu tên tệp.").MaximumLength(255).WithMessage("Tên tệp quá dài.");
        RuleFor(c => c.ChangeNote).MaximumLength(2000).WithMessage("Ghi chú thay đổi quá dài (tối đa 2000 ký tự).");
        RuleFor(c => c.Content).NotEmpty().WithMessage("Tệp rỗng.")
            .Must(c => c.Length <= options.Value.MaxUploadBytes).WithMessage($"Tệp quá lớn (tối đa {options.Value.MaxUploadBytes / 1024 / 1024} MB).");
    }
}
