using FluentValidation;

namespace Congress.Modules.Agenda.Application.Programme.PostponeItem;

internal sealed class PostponeItemCommandValidator : AbstractValidator<PostponeItemCommand>
{
    public PostponeItemCommandValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Cần ghi lý do hoãn.").MaximumLength(500).WithMessage("Lý do quá dài.");
}
