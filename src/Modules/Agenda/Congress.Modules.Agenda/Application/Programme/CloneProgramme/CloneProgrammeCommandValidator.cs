using FluentValidation;

namespace Congress.Modules.Agenda.Application.Programme.CloneProgramme;

internal sealed class CloneProgrammeCommandValidator : AbstractValidator<CloneProgrammeCommand>
{
    public CloneProgrammeCommandValidator() =>
        RuleFor(c => c.SourceCongressId).NotEmpty().WithMessage("Chưa chọn đại hội nguồn.");
}
