using Congress.Modules.Agenda.Domain.Programme;
using FluentValidation;

namespace Congress.Modules.Agenda.Application.Decisions.RecordItemDecision;

internal sealed class RecordItemDecisionCommandValidator : AbstractValidator<RecordItemDecisionCommand>
{
    public RecordItemDecisionCommandValidator() =>
        RuleFor(c => c.Body).IsEnumName(typeof(CongressBody), caseSensitive: true)
            .WithMessage("Cơ quan phải là None, Presidium, Secretariat hoặc CredentialsBoard.");
}
