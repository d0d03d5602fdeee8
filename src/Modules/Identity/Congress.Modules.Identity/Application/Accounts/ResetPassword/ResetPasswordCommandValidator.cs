using FluentValidation;

namespace Congress.Modules.Identity.Application.Accounts.ResetPassword;

internal sealed class ResetPasswordCommandValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordCommandValidator() =>
        RuleFor(c => c.NewPassword).NotNull().MinimumLength(PasswordRules.MinimumLength).WithMessage(PasswordRules.TooShort);
}
