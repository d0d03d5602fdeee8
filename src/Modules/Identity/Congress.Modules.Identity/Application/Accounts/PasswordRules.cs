namespace Congress.Modules.Identity.Application.Accounts;

internal static class PasswordRules
{
    public const int MinimumLength = 10;
    public const string TooShort = "Mật khẩu phải có ít nhất 10 ký tự.";
}
