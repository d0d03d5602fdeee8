using FluentValidation;

namespace Congress.Modules.Agenda.Application.Programme.CreateSession;

internal sealed class CreateSessionCommandValidator : AbstractValidator<CreateSessionCommand>
{
    public CreateSessionCommandValidator()
    {
        RuleFor(c => c.Kind).Must(k => k is "Preparatory" or "Official" or "Closing")
            .WithMessage("Loại phiên phải là Preparatory (trù bị), Official (chính thức) hoặc Closing (bế mạc).");
        RuleFor(c => c.Title).NotEmpty().WithMessage("Tên phiên họp là bắt buộc.").MaximumLength(300).WithMessage("Tên phiên họp quá dài.");
    }
}
