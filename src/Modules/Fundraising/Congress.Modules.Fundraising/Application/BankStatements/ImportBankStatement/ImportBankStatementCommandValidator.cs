using FluentValidation;

namespace Congress.Modules.Fundraising.Application.BankStatements.ImportBankStatement;

internal sealed class ImportBankStatementCommandValidator : AbstractValidator<ImportBankStatementCommand>
{
    public ImportBankStatementCommandValidator()
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage("Tệp sao kê trống.").MaximumLength(5_000_000).WithMessage("Tệp sao kê quá lớn (tối đa 5 triệu ký tự).");
        RuleFor(c => c.FileName).MaximumLength(260).WithMessage("Tên tệp quá dài.");
    }
}
