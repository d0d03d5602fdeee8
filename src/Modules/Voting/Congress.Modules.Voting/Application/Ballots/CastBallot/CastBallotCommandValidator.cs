using FluentValidation;

namespace Congress.Modules.Voting.Application.Ballots.CastBallot;

internal sealed class CastBallotCommandValidator : AbstractValidator<CastBallotCommand>
{
    public CastBallotCommandValidator()
    {
        RuleFor(r => r.BallotId).NotEmpty().WithMessage("Thiếu mã phiếu (ballotId).");
        RuleFor(r => r.Selections).NotNull().WithMessage("Thiếu lựa chọn (selections).");
        RuleFor(r => r.Selections.Count).LessThanOrEqualTo(500).When(r => r.Selections is not null).WithMessage("Phiếu có quá nhiều lựa chọn.");
    }
}
