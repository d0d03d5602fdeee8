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
internal sealed record SignInCommand(string UserName, string Password, string AuthenticationType) : ICommand<Result<SignInOutcome>>
{
    RequestAccess IAuthorisedRequest.Access => new([], AccessScope.Anyone);

    public object ToAuditPayload() => this with { Password = "***" };
}

/// <param name="Principal">Null when the sign-in was refused.</param>
internal sealed record SignInOutcome(ClaimsPrincipal? Principal)
{
    public static readonly SignInOutcome Refused = new((ClaimsPrincipal?)null);

    /// <summary>What the caller is told of any refusal.</summary>
    public const string RefusedMessage = "Tên đăng nhập hoặc mật khẩu không đúng.";
}

/// <summary>Finds the local account linked to an external (national e-ID) subject.</summary>
internal sealed record ExternalSignInQuery(string Subject, string AuthenticationType) : IQuery<Result<ClaimsPrincipal>>
{
    RequestAccess IAuthorisedRequest.Access => new([], AccessScope.Anyone);
}
