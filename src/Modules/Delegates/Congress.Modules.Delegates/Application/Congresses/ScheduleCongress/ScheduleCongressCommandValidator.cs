using FluentValidation;

namespace Congress.Modules.Delegates.Application.Congresses.ScheduleCongress;

internal sealed class ScheduleCongressCommandValidator : AbstractValidator<ScheduleCongressCommand>
{
    public ScheduleCongressCommandValidator()
    {
        RuleFor(c => c.OrganisationId).NotEmpty().WithMessage("Phải chọn tổ chức đảng.");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Tên đại hội là bắt buộc.").MaximumLength(300);
        RuleFor(c => c.TermStartYear).InclusiveBetween(1930, 2200).WithMessage("Năm bắt đầu nhiệm kỳ không hợp lệ.");
        RuleFor(c => c.TermEndYear).GreaterThan(c => c.TermStartYear).WithMessage("Năm kết thúc nhiệm kỳ phải sau năm bắt đầu.");
        RuleFor(c => c.EndsOn).GreaterThanOrEqualTo(c => c.StartsOn).WithMessage("Ngày bế mạc không được trước ngày khai mạc.");
        RuleFor(c => c.DelegateQuota).InclusiveBetween(1, 5000).WithMessage("Số đại biểu triệu tập phải từ 1 đến 5.000.");
    }
}
