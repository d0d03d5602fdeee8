using FluentValidation;

namespace Congress.Modules.Identity.Application.Accounts.CreateAccount;

internal sealed class CreateAccountCommandValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountCommandValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(100).Matches("^[a-zA-Z0-9._@-]+$")
            .WithMessage("Tên đăng nhập chỉ gồm chữ không dấu, số và . _ @ -");
        RuleFor(c => c.Password).NotNull().MinimumLength(PasswordRules.MinimumLength).WithMessage(PasswordRules.TooShort);
        RuleFor(c => c.Roles).NotEmpty().WithMessage("Tài khoản phải có ít nhất một vai trò.");
    }
}
