using FluentValidation;

namespace Congress.Modules.Reporting.Application.Exchange.ImportReports;

internal sealed class ImportReportsCommandValidator : AbstractValidator<ImportReportsCommand>
{
    public ImportReportsCommandValidator()
    {
        RuleFor(c => c.Csv).NotEmpty().WithMessage("Tệp trống.").MaximumLength(20_000_000).WithMessage("Tệp quá lớn (tối đa 20 MB).");
    }
}
