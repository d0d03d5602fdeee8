using FluentValidation;

namespace Congress.Modules.Documents.Application.Documents.SearchDocuments;

internal sealed class SearchDocumentsQueryValidator : AbstractValidator<SearchDocumentsQuery>
{
    public SearchDocumentsQueryValidator()
    {
        RuleFor(q => q.Text).NotEmpty().WithMessage("Nhập từ cần tìm.").MaximumLength(500).WithMessage("Câu tìm quá dài (tối đa 500 ký tự).");
        RuleFor(q => q.Max).InclusiveBetween(1, 100).WithMessage("Số kết quả từ 1 đến 100.");
    }
}
