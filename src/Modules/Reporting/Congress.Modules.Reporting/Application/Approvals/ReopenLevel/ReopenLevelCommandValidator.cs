using FluentValidation;

namespace Congress.Modules.Reporting.Application.Approvals.ReopenLevel;

internal sealed class ReopenLevelCommandValidator : AbstractValidator<ReopenLevelCommand>
{
    public ReopenLevelCommandValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Cần ghi lý do mở lại.").MaximumLength(1000);
    }
}
