using FluentValidation;

namespace Congress.Modules.Reporting.Application.Difficulties.EscalateDifficulty;

internal sealed class EscalateDifficultyCommandValidator : AbstractValidator<EscalateDifficultyCommand>
{
    public EscalateDifficultyCommandValidator()
    {
        RuleFor(c => c.DifficultyId).NotEmpty();
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithMessage("Phiên bản không hợp lệ.");
        RuleFor(c => c.Note).ThreadText(required: true, "lý do chuyển lên Trung ương");
    }
}
