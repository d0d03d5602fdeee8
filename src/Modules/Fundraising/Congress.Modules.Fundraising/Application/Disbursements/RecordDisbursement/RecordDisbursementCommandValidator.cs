using Congress.Modules.Fundraising.Domain.Receipts;
using FluentValidation;

namespace Congress.Modules.Fundraising.Application.Disbursements.RecordDisbursement;

internal sealed class RecordDisbursementCommandValidator : AbstractValidator<RecordDisbursementCommand>
{
    public RecordDisbursementCommandValidator()
    {
        RuleFor(c => c.Locality).NotEmpty().WithMessage("Cần nêu địa phương nhận hỗ trợ.").MaximumLength(300).WithMessage("Tên địa phương quá dài.");
        RuleFor(c => c.AmountVnd).Must(Domain.Money.Money.IsValid).WithMessage("Số tiền phải lớn hơn 0 và không quá 1.000 tỷ đồng.");
        RuleFor(c => c.Source).Must(m => Enum.TryParse<PaymentMethod>(m, true, out _)).WithMessage("Nguồn chi là BankTransfer hoặc Cash.");
    }
}
