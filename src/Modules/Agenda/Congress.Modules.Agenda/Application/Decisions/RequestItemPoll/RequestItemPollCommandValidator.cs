using Congress.Modules.Agenda.Domain.Programme;
using FluentValidation;

namespace Congress.Modules.Agenda.Application.Decisions.RequestItemPoll;

internal sealed class RequestItemPollCommandValidator : AbstractValidator<RequestItemPollCommand>
{
    public RequestItemPollCommandValidator()
    {
        RuleFor(c => c.Visibility).Must(v => v is "Open" or "NamedElectronic" or "SecretElectronic" or "SecretPaper")
            .WithMessage("Hình thức phải là Open (giơ tay), NamedElectronic, SecretElectronic hoặc SecretPaper.");
        RuleFor(c => c.Body).IsEnumName(typeof(CongressBody), caseSensitive: true)
            .WithMessage("Cơ quan phải là None, Presidium, Secretariat hoặc CredentialsBoard.");
        RuleFor(c => c.Candidates!.Count).LessThanOrEqualTo(500).When(c => c.Candidates is not null).WithMessage("Danh sách tối đa 500 người.");
    }
}
