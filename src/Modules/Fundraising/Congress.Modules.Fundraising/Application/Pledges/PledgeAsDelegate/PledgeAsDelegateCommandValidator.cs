using FluentValidation;

namespace Congress.Modules.Fundraising.Application.Pledges.PledgeAsDelegate;

internal sealed class PledgeAsDelegateCommandValidator : AbstractValidator<PledgeAsDelegateCommand>
{
    public PledgeAsDelegateCommandValidator() =>
        RuleFor(c => c.AmountVnd).Must(Domain.Money.Money.IsValid).WithMessage("Số tiền phải lớn hơn 0 và không quá 1.000 tỷ đồng.");
}
