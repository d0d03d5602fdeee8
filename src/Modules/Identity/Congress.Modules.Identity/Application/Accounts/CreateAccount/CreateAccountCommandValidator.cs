using FluentValidation;

namespace Congress.Modules.Identity.Application.Accounts.CreateAccount;

internal sealed class CreateAccountCommandValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountCommandValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(100).Matches("^[a-zA-Z0-9._@-]+$")
            .WithMessage("Tên đăng nhập chỉ gồm chữ không dấu, số và . _ @ -");
        RuleFor(c => c.Password).MinimumLength(10).WithMessage("Mật khẩu phải có ít nhất 10 ký tự.");
        RuleFor(c => c.Roles).NotEmpty().WithMessage("Tài khoản phải có ít nhất một vai trò.");
    }
}
