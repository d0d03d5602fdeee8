using FluentValidation;

namespace Congress.Modules.Delegates.Application.Delegates.UpdateDelegate;

internal sealed class UpdateDelegateCommandValidator : AbstractValidator<UpdateDelegateCommand>
{
    public UpdateDelegateCommandValidator()
    {
        RuleFor(c => c.Delegate).NotNull().ChildRules(DelegateInputRules.Define);
    }
}
