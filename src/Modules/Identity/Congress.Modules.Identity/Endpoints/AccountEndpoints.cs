using System.Security.Claims;
using Congress.Shared.Kernel;
using Congress.Modules.Identity.Application.Accounts;
using Congress.Modules.Identity.Application.Accounts.CreateAccount;
using Congress.Modules.Identity.Application.Accounts.ListAccounts;
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
    internal sealed record TokenRequest(string UserName, string Password);
    internal sealed record MeDto(string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? OrganisationId);

    /// <summary>Where the external sign-in lands before the page it was started from (see IdentityModule).</summary>
    public const string ExternalDonePath = "/account/external/done";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/identity").WithTags("Identity");

        api.MapPost("/token", async Task<Results<SignInHttpResult, ProblemHttpResult>> (TokenRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var signedIn = await mediator.Send(new SignInQuery(body.UserName, body.Password, BearerTokenDefaults.AuthenticationScheme), ct);
                return signedIn.IsFailure
                    ? TypedResults.Problem(title: signedIn.Error!.Message, statusCode: StatusCodes.Status401Unauthorized)
                    : TypedResults.SignIn(signedIn.Value, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Login)
            .WithSummary("Exchange a user name and password for a bearer token (REST clients)");

        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new MeDto(
                user.Identity!.Name!, user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity.Name!,
                user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
                Guid.TryParse(user.FindFirstValue(CongressClaims.Organisation), out var org) ? org : null)))
            .RequireAuthorization()
            .WithSummary("Who the caller is");

        api.MapGet("/accounts", async Task<Ok<IReadOnlyList<AccountDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAccountsQuery(), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.SystemAdmin, Roles.OrganisingCommittee))
            .WithSummary("Accounts of the caller's subtree");

        api.MapPost("/accounts", async Task<Results<Created<AccountDto>, ProblemHttpResult>> (CreateAccountCommand command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated(a => $"/api/identity/accounts/{a.Id}"))
            .RequireAuthorization(p => p.RequireRole(Roles.SystemAdmin, Roles.OrganisingCommittee))
            .WithSummary("Create an account in the caller's subtree");

        // Portal sign-in: an HTML form posts here and gets the cookie (the interactive portal cannot set cookies).
        var portal = routes.MapGroup("/account").ExcludeFromDescription();

        portal.MapPost("/login", async Task<IResult> ([FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl, HttpContext http, IMediator mediator) =>
            {
                var signedIn = await mediator.Send(new SignInQuery(userName, password, CookieAuthenticationDefaults.AuthenticationScheme), http.RequestAborted);
                if (signedIn.IsFailure) return TypedResults.LocalRedirect($"/login?error=1&returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}");
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, signedIn.Value);
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

        portal.MapGet("/external", (string? returnUrl) =>
                TypedResults.Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) }, [IdentityModule.ExternalScheme]))
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

    /// <summary>Only local paths: a sign-in link cannot send the user to another site.</summary>
    private static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : "/";
}
