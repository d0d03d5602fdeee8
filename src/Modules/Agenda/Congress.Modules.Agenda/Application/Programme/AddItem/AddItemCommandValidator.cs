using Congress.Modules.Agenda.Domain.Programme;
using FluentValidation;

namespace Congress.Modules.Agenda.Application.Programme.AddItem;

internal sealed class AddItemCommandValidator : AbstractValidator<AddItemCommand>
{
    public AddItemCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("Tên nội dung là bắt buộc.").MaximumLength(AgendaItem.MaxTitle).WithMessage("Tên nội dung quá dài.");
        RuleFor(c => c.Kind).IsEnumName(typeof(ItemKind), caseSensitive: true)
            .WithMessage("Loại nội dung phải là Report, Discussion, Vote, Election, Ceremony hoặc Break.");
        RuleFor(c => c.PlannedMinutes).InclusiveBetween(1, 600).WithMessage("Thời lượng phải từ 1 đến 600 phút.");
        RuleFor(c => c.Presenter).MaximumLength(300).WithMessage("Tên người trình bày quá dài.");
    }
}
