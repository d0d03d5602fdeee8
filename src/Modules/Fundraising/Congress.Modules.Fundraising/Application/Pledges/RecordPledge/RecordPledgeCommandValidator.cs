using Congress.Modules.Fundraising.Domain.Campaigns;
using FluentValidation;

namespace Congress.Modules.Fundraising.Application.Pledges.RecordPledge;

internal sealed class RecordPledgeCommandValidator : AbstractValidator<RecordPledgeCommand>
{
    public RecordPledgeCommandValidator()
    {
        RuleFor(c => c.AmountVnd).Must(Domain.Money.Money.IsValid).WithMessage("Số tiền phải lớn hơn 0 và không quá 1.000 tỷ đồng.");
        RuleFor(c => c.DonorName).NotEmpty().WithMessage("Tên người hoặc đơn vị ủng hộ là bắt buộc.").MaximumLength(300).WithMessage("Tên quá dài.");
        RuleFor(c => c.DonorKind).Must(k => Enum.TryParse<DonorKind>(k, true, out _)).WithMessage("Loại người ủng hộ là Unit, Person hoặc Delegate.");
    }
}
