using FluentValidation;

namespace Congress.Modules.Reporting.Application.Difficulties.AnswerDifficulty;

internal sealed class AnswerDifficultyCommandValidator : AbstractValidator<AnswerDifficultyCommand>
{
    public AnswerDifficultyCommandValidator()
    {
        RuleFor(c => c.DifficultyId).NotEmpty();
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithMessage("Phiên bản không hợp lệ.");
        RuleFor(c => c.Text).ThreadText(required: true, "nội dung trả lời");
    }
}
