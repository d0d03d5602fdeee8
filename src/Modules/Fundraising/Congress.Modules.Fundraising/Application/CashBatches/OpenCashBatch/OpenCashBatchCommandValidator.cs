using FluentValidation;

namespace Congress.Modules.Fundraising.Application.CashBatches.OpenCashBatch;

internal sealed class OpenCashBatchCommandValidator : AbstractValidator<OpenCashBatchCommand>
{
    public OpenCashBatchCommandValidator()
    {
        RuleFor(c => c.Label).NotEmpty().WithMessage("Tên lô tiền mặt là bắt buộc.").MaximumLength(200).WithMessage("Tên lô quá dài.");
        RuleFor(c => c.ExpectedCount).InclusiveBetween(1, 100_000).WithMessage("Số biên lai dự kiến phải từ 1 đến 100.000.");
        RuleFor(c => c.ExpectedTotalVnd).Must(Domain.Money.Money.IsValid).WithMessage("Tổng tiền dự kiến phải lớn hơn 0 và không quá 1.000 tỷ đồng.");
    }
}
