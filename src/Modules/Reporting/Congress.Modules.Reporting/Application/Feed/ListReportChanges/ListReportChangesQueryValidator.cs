using FluentValidation;

namespace Congress.Modules.Reporting.Application.Feed.ListReportChanges;

internal sealed class ListReportChangesQueryValidator : AbstractValidator<ListReportChangesQuery>
{
    public ListReportChangesQueryValidator()
    {
        RuleFor(q => q.After).GreaterThanOrEqualTo(0).WithMessage("Con trỏ không hợp lệ.");
        RuleFor(q => q.Take).InclusiveBetween(1, 1000).WithMessage("Mỗi trang từ 1 đến 1000 báo cáo.");
    }
}
