using Congress.Modules.Delegates.Domain.Delegates;
using FluentValidation;

namespace Congress.Modules.Delegates.Application.Delegates.ListDelegates;

internal sealed class ListDelegatesQueryValidator : AbstractValidator<ListDelegatesQuery>
{
    public ListDelegatesQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Số trang phải từ 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).WithMessage("Số dòng mỗi trang phải từ 1 đến 500.");
        RuleFor(q => q.Kind).IsEnumName(typeof(DelegateKind), caseSensitive: false).When(q => q.Kind is not null).WithMessage("Loại đại biểu không hợp lệ.");
        RuleFor(q => q.CredentialsStatus).IsEnumName(typeof(CredentialsStatus), caseSensitive: false).When(q => q.CredentialsStatus is not null).WithMessage("Trạng thái thẩm tra không hợp lệ.");
        RuleFor(q => q.Search).MaximumLength(200);
    }
}
