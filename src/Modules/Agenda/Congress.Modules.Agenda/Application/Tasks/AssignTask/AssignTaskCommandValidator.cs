using FluentValidation;

namespace Congress.Modules.Agenda.Application.Tasks.AssignTask;

internal sealed class AssignTaskCommandValidator : AbstractValidator<AssignTaskCommand>
{
    public AssignTaskCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("Tên nhiệm vụ là bắt buộc.").MaximumLength(500).WithMessage("Tên nhiệm vụ quá dài.");
        RuleFor(c => c.Assignee).NotEmpty().WithMessage("Cần người hoặc tiểu ban được giao.").MaximumLength(300).WithMessage("Tên người được giao quá dài.");
    }
}
