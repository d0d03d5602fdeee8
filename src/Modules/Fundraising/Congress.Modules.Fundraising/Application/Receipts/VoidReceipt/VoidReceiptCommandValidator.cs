using FluentValidation;

namespace Congress.Modules.Fundraising.Application.Receipts.VoidReceipt;

internal sealed class VoidReceiptCommandValidator : AbstractValidator<VoidReceiptCommand>
{
    public VoidReceiptCommandValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Cần nêu lý do hủy biên lai.").MaximumLength(500).WithMessage("Lý do quá dài.");
}
