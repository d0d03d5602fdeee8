using Congress.Modules.Fundraising.Domain.Receipts;
using FluentValidation;

namespace Congress.Modules.Fundraising.Application.Receipts.RecordReceipt;

internal sealed class RecordReceiptCommandValidator : AbstractValidator<RecordReceiptCommand>
{
    public RecordReceiptCommandValidator()
    {
        RuleFor(c => c.AmountVnd).Must(Domain.Money.Money.IsValid).WithMessage("Số tiền phải lớn hơn 0 và không quá 1.000 tỷ đồng.");
        RuleFor(c => c.Method).Must(m => Enum.TryParse<PaymentMethod>(m, true, out _)).WithMessage("Hình thức thu là Cash hoặc BankTransfer.");
        RuleFor(c => c).Must(c => c.PledgeId is not null || !string.IsNullOrWhiteSpace(c.PayerName))
            .WithMessage("Cần nêu người nộp khi khoản thu không theo cam kết.");
        RuleFor(c => c.CashBatchId).Null().When(c => string.Equals(c.Method, nameof(PaymentMethod.BankTransfer), StringComparison.OrdinalIgnoreCase))
            .WithMessage("Chuyển khoản không thuộc lô tiền mặt.");
    }
}
