using FluentValidation;

namespace Congress.Modules.Reporting.Application.Difficulties.CloseDifficulty;

internal sealed class CloseDifficultyCommandValidator : AbstractValidator<CloseDifficultyCommand>
{
    public CloseDifficultyCommandValidator()
    {
        RuleFor(c => c.DifficultyId).NotEmpty();
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithMessage("Phiên bản không hợp lệ.");
        RuleFor(c => c.Note ?? "").ThreadText(required: false, "lời đóng").OverridePropertyName(nameof(CloseDifficultyCommand.Note));
    }
}
