using Congress.Modules.Agenda.Domain.Tasks;
using FluentValidation;

namespace Congress.Modules.Agenda.Application.Tasks.UpdateTask;

internal sealed class UpdateTaskCommandValidator : AbstractValidator<UpdateTaskCommand>
{
    public UpdateTaskCommandValidator()
    {
        RuleFor(c => c.Status).IsEnumName(typeof(CommitteeTaskStatus), caseSensitive: true).WithMessage("Trạng thái phải là Open, InProgress, Done hoặc Cancelled.");
        RuleFor(c => c.Note).MaximumLength(2000).WithMessage("Ghi chú quá dài (tối đa 2.000 ký tự).");
    }
}
