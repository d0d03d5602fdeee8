using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.SecondFactor;

/// <summary>What an enrolment shows once: the otpauth:// URI (for the QR code) and the base32 secret. Never shown again.</summary>
internal sealed record TotpEnrolmentDto(string OtpAuthUri, string Secret);

/// <summary>
/// The signed-in caller starts enrolling their own authenticator app: a new secret, not yet required at sign-in until
/// <see cref="ConfirmTotpCommand"/> proves one code. Refused (409) while a second factor is active: only an
/// administrator replaces it (a stolen session cannot swap the factor).
/// </summary>
internal sealed record BeginTotpEnrolmentCommand : ICommand<Result<TotpEnrolmentDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.OwnAccount, AccessScope.CallerSubtree);
}

/// <summary>The caller proves one code of the enrolled secret: the second factor becomes required; every session of the account ends.</summary>
internal sealed record ConfirmTotpCommand(string Code) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.OwnAccount, AccessScope.CallerSubtree);

    public object ToAuditPayload() => this with { Code = "***" };
}

/// <summary>
/// An administrator gives an account a new, active second factor (an official who must have one and has none yet, or a
/// lost phone) and hands the QR code over in person; the account's sessions end.
/// </summary>
internal sealed record ResetTotpCommand(Guid AccountId) : ICommand<Result<TotpEnrolmentDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.ManageAccounts, AccessScope.CallerSubtree);
}

/// <summary>An administrator removes an account's second factor; the account's sessions end.</summary>
internal sealed record RemoveTotpCommand(Guid AccountId) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.ManageAccounts, AccessScope.CallerSubtree);
}
