using System.Security.Claims;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.SignIn;

/// <summary>
/// Checks a user name and password. A command, not a query: a wrong password counts towards the account's lockout, and
/// every attempt is written to the audit trail (password redacted). The caller learns only "signed in" or "refused", the
/// same for an unknown user, a wrong password, a locked or a disabled account.
/// </summary>
/// <param name="Code">The 6-digit code of the authenticator app, for an account with a second factor (docs/adr/0011).</param>
internal sealed record SignInCommand(string UserName, string Password, string AuthenticationType, string? Code = null) : ICommand<Result<SignInOutcome>>
{
    RequestAccess IAuthorisedRequest.Access => new([], AccessScope.Anyone);

    public object ToAuditPayload() => this with { Password = "***", Code = Code is null ? null : "***" };
}

/// <summary>Why a sign-in was refused. Only a right password gets past <see cref="Refused"/>.</summary>
internal enum SignInRefusal { None, Refused, CodeRequired, CodeWrong, EnrolmentRequired }

/// <param name="Principal">Null when the sign-in was refused.</param>
internal sealed record SignInOutcome(ClaimsPrincipal? Principal, SignInRefusal Refusal = SignInRefusal.None)
{
    public static readonly SignInOutcome Refused = new(null, SignInRefusal.Refused);
    public static readonly SignInOutcome CodeRequired = new(null, SignInRefusal.CodeRequired);
    public static readonly SignInOutcome CodeWrong = new(null, SignInRefusal.CodeWrong);
    public static readonly SignInOutcome EnrolmentRequired = new(null, SignInRefusal.EnrolmentRequired);

    /// <summary>What the caller is told of any refusal.</summary>
    public const string RefusedMessage = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public const string CodeRequiredMessage = "Cần mã xác thực hai lớp.";
    public const string CodeWrongMessage = "Mã xác thực không đúng.";
    public const string EnrolmentRequiredMessage =
        "Tài khoản này bắt buộc xác thực hai lớp nhưng chưa đăng ký ứng dụng xác thực: hãy nhờ quản trị hệ thống hoặc Ban Tổ chức cấp mã QR (Tài khoản → Cấp xác thực hai lớp).";

    public string Message => Refusal switch
    {
        SignInRefusal.CodeRequired => CodeRequiredMessage,
        SignInRefusal.CodeWrong => CodeWrongMessage,
        SignInRefusal.EnrolmentRequired => EnrolmentRequiredMessage,
        _ => RefusedMessage,
    };
}
