using FluentValidation;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.DistributeDelegates;

internal sealed class DistributeDelegatesCommandValidator : AbstractValidator<DistributeDelegatesCommand>
{
    public DistributeDelegatesCommandValidator()
    {
        RuleFor(c => c.GroupCount).InclusiveBetween(1, 100).WithMessage("Số tổ thảo luận phải từ 1 đến 100.");
    }
}
