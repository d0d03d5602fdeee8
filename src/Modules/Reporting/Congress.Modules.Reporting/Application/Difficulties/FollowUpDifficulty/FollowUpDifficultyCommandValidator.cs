using FluentValidation;

namespace Congress.Modules.Reporting.Application.Difficulties.FollowUpDifficulty;

internal sealed class FollowUpDifficultyCommandValidator : AbstractValidator<FollowUpDifficultyCommand>
{
    public FollowUpDifficultyCommandValidator()
    {
        RuleFor(c => c.DifficultyId).NotEmpty();
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithMessage("Phiên bản không hợp lệ.");
        RuleFor(c => c.Text).ThreadText(required: true, "ý kiến tiếp");
    }
}
