using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Mvc;

namespace Congress.Host.Composition;

/// <summary>
/// Cross-site request forgery: the portal cookie is an ambient credential (the browser sends it on any request to this
/// site), so every state change authenticated by it — REST calls from the portal's scripts and the portal's own form
/// posts, multipart uploads included — must carry an antiforgery token: the <see cref="HeaderName"/> header (scripts,
/// token from <see cref="TokenPath"/>) or the form field that Blazor's <c>&lt;AntiforgeryToken/&gt;</c> writes.
/// A missing or wrong token is a 400 ProblemDetails before the endpoint runs, so nothing is written. Bearer-token
/// callers are exempt: a browser never attaches a token by itself. Blazor's own transport (/_blazor: SignalR
/// negotiate, circuit disconnect) is left to Blazor, which protects its circuits itself.
/// </summary>
internal static class CookieCsrfProtection
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string TokenPath = "/api/antiforgery/token";

    internal sealed record AntiforgeryTokenDto(string HeaderName, string FormFieldName, string Token);

    public static IServiceCollection AddCookieCsrfProtection(this IServiceCollection services) =>
        services.AddAntiforgery(o =>
        {
            o.HeaderName = HeaderName;
            o.Cookie.Name = ".congress.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

    /// <summary>After authentication, authorisation and <c>UseAntiforgery</c>, before any endpoint runs.</summary>
    public static IApplicationBuilder UseCookieCsrfProtection(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!NeedsToken(http))
        {
            await next(http);
            return;
        }
        // UseAntiforgery has already checked endpoints that bind a form (the sign-in, Blazor form posts): reuse its verdict.
        var verdict = http.Features.Get<IAntiforgeryValidationFeature>();
        var valid = verdict?.IsValid ?? await IsValidAsync(http);
        if (valid)
        {
            await next(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Type = "https://congress.local/errors/antiforgery",
                Title = "Thiếu hoặc sai mã chống giả mạo yêu cầu; hãy tải lại trang rồi thử lại.",
                Detail = $"A state change authenticated by the portal cookie must carry the antiforgery token (header {HeaderName} or the form field); get one from GET {TokenPath}.",
                Extensions = { ["code"] = "security.antiforgery" },
            },
        });
    });

    /// <summary>The token for the signed-in portal user's scripts (and the antiforgery cookie it pairs with).</summary>
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet(TokenPath, (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new AntiforgeryTokenDto(tokens.HeaderName ?? HeaderName, tokens.FormFieldName, tokens.RequestToken!));
            })
            .RequireAuthorization()
            .WithTags("Security")
            .WithSummary($"Antiforgery token for callers signed in with the portal cookie: send it as the {HeaderName} header on POST/PUT/PATCH/DELETE (bearer-token callers need none)");

    private static async Task<bool> IsValidAsync(HttpContext http)
    {
        try
        {
            return await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return false; // e.g. a multipart body too malformed to find the token field in
        }
    }

    private static bool NeedsToken(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method)) return false;
        if (http.GetEndpoint() is null || http.Request.Path.StartsWithSegments("/_blazor")) return false;
        // The default scheme is the policy scheme that forwards to bearer when an Authorization: Bearer header is present
        // and to the cookie otherwise: an authenticated caller without that header was authenticated by the cookie.
        if (http.User.Identity?.IsAuthenticated != true) return false;
        return http.User.Identity.AuthenticationType != BearerTokenDefaults.AuthenticationScheme
            && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }
}
