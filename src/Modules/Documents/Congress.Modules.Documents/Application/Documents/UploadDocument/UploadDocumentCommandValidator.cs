using Congress.Modules.Documents.Domain.Documents;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Documents.Application.Documents.UploadDocument;

internal sealed class UploadDocumentCommandValidator : AbstractValidator<UploadDocumentCommand>
{
    public UploadDocumentCommandValidator(IOptions<DocumentsOptions> options)
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
        RuleFor(c => c.Title).NotEmpty().WithMessage("Tên tài liệu là bắt buộc.")
            .MaximumLength(Document.MaxTitleLength).WithMessage($"Tên tài liệu quá dài (tối đa {Document.MaxTitleLength} ký tự).");
        RuleFor(c => c.Classification).IsInEnum().WithMessage("Độ mật không hợp lệ.");
        RuleFor(c => c.Audience).IsInEnum().WithMessage("Đối tượng đọc không hợp lệ.");
        RuleFor(c => c.FileName).NotEmpty().WithMessage("Thiếu tên tệp.").MaximumLength(255).WithMessage("Tên tệp quá dài.");
        RuleFor(c => c.Content).NotEmpty().WithMessage("Tệp rỗng.")
            .Must(c => c.Length <= options.Value.MaxUploadBytes).WithMessage($"Tệp quá lớn (tối đa {options.Value.MaxUploadBytes / 1024 / 1024} MB).");
    }
}
