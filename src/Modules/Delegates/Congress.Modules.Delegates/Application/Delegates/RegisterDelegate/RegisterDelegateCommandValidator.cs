using FluentValidation;

namespace Congress.Modules.Delegates.Application.Delegates.RegisterDelegate;

internal sealed class RegisterDelegateCommandValidator : AbstractValidator<RegisterDelegateCommand>
{
    public RegisterDelegateCommandValidator()
    {
        RuleFor(c => c.Delegate).NotNull().ChildRules(DelegateInputRules.Define);
    }
}
