using FluentValidation;

namespace Congress.Modules.Identity.Application.Accounts.ChangeOwnPassword;

internal sealed class ChangeOwnPasswordCommandValidator : AbstractValidator<ChangeOwnPasswordCommand>
{
    public ChangeOwnPasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Hãy nhập mật khẩu hiện tại.");
        RuleFor(c => c.NewPassword).NotNull().MinimumLength(PasswordRules.MinimumLength).WithMessage(PasswordRules.TooShort);
        RuleFor(c => c.NewPassword).NotEqual(c => c.CurrentPassword).WithMessage("Mật khẩu mới phải khác mật khẩu hiện tại.");
    }
}
