using System.Security.Claims;
using Congress.Shared.Kernel;
using Congress.Modules.Identity.Application.Accounts;
using Congress.Modules.Identity.Application.Accounts.CreateAccount;
using Congress.Modules.Identity.Application.Accounts.ChangeOwnPassword;
using Congress.Modules.Identity.Application.Accounts.ListAccounts;
using Congress.Modules.Identity.Application.Accounts.ResetPassword;
using Congress.Modules.Identity.Application.Accounts.RevokeSessions;
using Congress.Modules.Identity.Application.Accounts.SetAccountEnabled;
using Congress.Modules.Identity.Application.Accounts.SecondFactor;
using Congress.Modules.Identity.Application.Accounts.SignIn;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Identity.Endpoints;

internal static class AccountEndpoints
{
    /// <param name="Code">The authenticator app's 6-digit code, for an account with a second factor.</param>
    internal sealed record TokenRequest(string UserName, string Password, string? Code = null);
    internal sealed record TotpCodeRequest(string Code);
    internal sealed record ResetPasswordRequest(string NewPassword);
    internal sealed record MeDto(string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? OrganisationId);

    /// <summary>Where the external sign-in lands before the page it was started from (see IdentityModule).</summary>
    public const string ExternalPath = "/account/external";
    public const string ExternalDonePath = "/account/external/done";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/identity").WithTags("Identity");

        api.MapPost("/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (TokenRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var signedIn = await mediator.Send(new SignInCommand(body.UserName, body.Password, BearerTokenDefaults.AuthenticationScheme, body.Code), ct);
                if (signedIn is { IsSuccess: true, Value.Principal: { } principal })
                    return TypedResults.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
                var refusal = signedIn.IsSuccess ? signedIn.Value!.Refusal : SignInRefusal.Refused;
                var outcome = signedIn.IsSuccess ? signedIn.Value! : SignInOutcome.Refused;
                return TypedResults.Problem(title: outcome.Message,
                    statusCode: refusal == SignInRefusal.EnrolmentRequired ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                    extensions: new Dictionary<string, object?> { ["code"] = RefusalCode(refusal) });
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Login)
            .WithSummary("Exchange a user name and password for a bearer token (REST clients)")
            .WithDescription("Any refusal (unknown user, wrong password, account locked after repeated wrong passwords, account disabled) is the same 401. "
                + "After a right password, an account with a second factor needs `code` (401 identity.totp_required / identity.totp_wrong; a wrong code counts towards the lockout); "
                + "an official who must have one and has none gets 403 identity.totp_enrolment_required.");

        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new MeDto(
                user.Identity!.Name!, user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity.Name!,
                user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
                Guid.TryParse(user.FindFirstValue(CongressClaims.Organisation), out var org) ? org : null)))
            .RequireAuthorization()
            .WithSummary("Who the caller is");

        api.MapGet("/accounts", async Task<Ok<IReadOnlyList<AccountDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAccountsQuery(), ct)))
            .RequireAuthorization(p => p.RequireRole(IdentityRoles.ManageAccounts))
            .WithSummary("Accounts of the caller's subtree");

        api.MapPost("/accounts", async Task<Results<Created<AccountDto>, ProblemHttpResult>> (CreateAccountCommand command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated(a => $"/api/identity/accounts/{a.Id}"))
            .RequireAuthorization(p => p.RequireRole(IdentityRoles.ManageAccounts))
            .WithSummary("Create an account in the caller's subtree")
            .WithDescription("With delegateId: only for a delegate of a congress in the caller's subtree (else 404), with the delegate role, one account per delegate (else 409).");

        api.MapPost("/accounts/{id:guid}/password", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ResetPasswordRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ResetPasswordCommand(id, body.NewPassword), ct)).ToNoContent())
            .RequireAuthorization(p => p.RequireRole(IdentityRoles.ManageAccounts))
            .WithSummary("Reset an account's password (administrators of its subtree); its sessions and tokens end");

        api.MapPost("/accounts/{id:guid}/disable", async Task<Results<Ok<AccountDto>, ProblemHttpResult>> (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DisableAccountCommand(id), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(IdentityRoles.ManageAccounts))
            .WithSummary("Disable an account: no sign-in, and its sessions and tokens stop working");

        api.MapPost("/accounts/{id:guid}/enable", async Task<Results<Ok<AccountDto>, ProblemHttpResult>> (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EnableAccountCommand(id), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(IdentityRoles.ManageAccounts))
            .WithSummary("Enable a disabled account (and lift a lockout)");

        api.MapPost("/accounts/{id:guid}/revoke-sessions", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RevokeSessionsCommand(id), ct)).ToNoContent())
            .RequireAuthorization(p => p.RequireRole(IdentityRoles.ManageAccounts))
            .WithSummary("End every session and bearer token of an account (sign out everywhere)");

        api.MapPost("/me/password", async Task<Results<NoContent, ProblemHttpResult>> (ChangeOwnPasswordCommand command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToNoContent())
            .RequireAuthorization()
            .RequireRateLimiting(RateLimits.Login)
            .WithSummary("Change the caller's own password (needs the current one); every session and token of the account ends, this one too");

        api.MapPost("/me/totp", async Task<Results<Ok<TotpEnrolmentDto>, ProblemHttpResult>> (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new BeginTotpEnrolmentCommand(), ct)).ToOk())
            .RequireAuthorization()
            .WithSummary("Start enrolling an authenticator app: the otpauth:// URI and the secret, shown this once")
            .WithDescription("Not required at sign-in until confirmed with one code. 409 while a second factor is active (an administrator replaces it).");

        api.MapPost("/me/totp/confirm", async Task<Results<NoContent, ProblemHttpResult>> (TotpCodeRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ConfirmTotpCommand(body.Code), ct)).ToNoContent())
            .RequireAuthorization()
            .RequireRateLimiting(RateLimits.Login)
            .WithSummary("Activate the enrolled authenticator app with one valid code; every session of the account ends, this one too");

        api.MapPost("/accounts/{id:guid}/totp", async Task<Results<Ok<TotpEnrolmentDto>, ProblemHttpResult>> (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ResetTotpCommand(id), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(IdentityRoles.ManageAccounts))
            .WithSummary("Give an account a new, active second factor (to hand over in person); its sessions end");

        api.MapPost("/accounts/{id:guid}/totp/remove", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RemoveTotpCommand(id), ct)).ToNoContent())
            .RequireAuthorization(p => p.RequireRole(IdentityRoles.ManageAccounts))
            .WithSummary("Remove an account's second factor; its sessions end");

        // Portal sign-in: an HTML form posts here and gets the cookie (the interactive portal cannot set cookies).
        var portal = routes.MapGroup("/account").ExcludeFromDescription();

        portal.MapPost("/login", async Task<IResult> ([FromForm] string userName, [FromForm] string password, [FromForm] string? code, [FromForm] string? returnUrl, HttpContext http, IMediator mediator) =>
            {
                var signedIn = await mediator.Send(new SignInCommand(userName, password, CookieAuthenticationDefaults.AuthenticationScheme, code), http.RequestAborted);
                if (signedIn is not { IsSuccess: true, Value.Principal: { } principal })
                {
                    var error = (signedIn.IsSuccess ? signedIn.Value!.Refusal : SignInRefusal.Refused) switch
                    {
                        SignInRefusal.CodeRequired => "code",
                        SignInRefusal.CodeWrong => "wrong-code",
                        SignInRefusal.EnrolmentRequired => "enrol",
                        _ => "1",
                    };
                    return TypedResults.LocalRedirect($"/login?error={error}&returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}");
                }
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
                return TypedResults.LocalRedirect(SafeReturnUrl(returnUrl));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Login);

        portal.MapPost("/logout", async (HttpContext http) =>
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.LocalRedirect("/login");
            })
            .RequireAuthorization();

        portal.MapGet("/external", (string? returnUrl, bool? again) =>
            {
                var properties = new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) };
                if (again == true) properties.Items[ExternalLogin.RetriedItem] = "1";
                return TypedResults.Challenge(properties, [IdentityModule.ExternalScheme]);
            })
            .AllowAnonymous();

        portal.MapGet("/external/done", (string? returnUrl) =>
            {
                var target = System.Net.WebUtility.HtmlEncode(SafeReturnUrl(returnUrl));
                return TypedResults.Content($$"""
                    <!DOCTYPE html>
                    <html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={{target}}"><title>Đăng nhập</title></head>
                    <body><p>Đã đăng nhập. <a href="{{target}}">Tiếp tục</a></p></body></html>
                    """, "text/html; charset=utf-8");
            })
            .AllowAnonymous();
    }

    private static string RefusalCode(SignInRefusal refusal) => refusal switch
    {
        SignInRefusal.CodeRequired => "identity.totp_required",
        SignInRefusal.CodeWrong => "identity.totp_wrong",
        SignInRefusal.EnrolmentRequired => "identity.totp_enrolment_required",
        _ => "identity.sign_in_refused",
    };

    /// <summary>Only local paths: a sign-in link cannot send the user to another site.</summary>
    private static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : "/";
}
