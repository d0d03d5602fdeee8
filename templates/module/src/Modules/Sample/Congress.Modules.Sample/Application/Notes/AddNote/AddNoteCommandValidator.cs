using Congress.Modules.Sample.Domain.Notes;
using FluentValidation;

namespace Congress.Modules.Sample.Application.Notes.AddNote;

internal sealed class AddNoteCommandValidator : AbstractValidator<AddNoteCommand>
{
    public AddNoteCommandValidator()
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
        RuleFor(c => c.Text).NotEmpty().WithMessage("Nội dung là bắt buộc.")
            .MaximumLength(Note.MaxLength).WithMessage($"Nội dung quá dài (tối đa {Note.MaxLength} ký tự).");
    }
}
