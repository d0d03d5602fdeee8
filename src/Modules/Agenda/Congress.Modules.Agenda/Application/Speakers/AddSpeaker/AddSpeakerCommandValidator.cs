using FluentValidation;

namespace Congress.Modules.Agenda.Application.Speakers.AddSpeaker;

internal sealed class AddSpeakerCommandValidator : AbstractValidator<AddSpeakerCommand>
{
    public AddSpeakerCommandValidator()
    {
        RuleFor(c => c.Mode).Must(m => m is "Spoken" or "Written").WithMessage("Hình thức phải là Spoken (phát biểu) hoặc Written (tham luận văn bản).");
        RuleFor(c => c.Text).MaximumLength(20_000).WithMessage("Tham luận quá dài (tối đa 20.000 ký tự).");
    }
}
