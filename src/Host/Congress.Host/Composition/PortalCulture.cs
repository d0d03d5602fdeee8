using Microsoft.AspNetCore.Localization;

namespace Congress.Host.Composition;

/// <summary>The portal's language switch: Vietnamese by default, English on request, remembered in a cookie.</summary>
internal static class PortalCulture
{
    public const string CookieName = ".congress.lang";

    public static void Map(WebApplication app) =>
        app.MapGet("/culture/{code}", (string code, string? returnUrl, HttpContext http) =>
            {
                var culture = code == "en" ? "en-US" : "vi-VN";
                http.Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
                var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/";
                return TypedResults.LocalRedirect(target);
            })
            .ExcludeFromDescription();
}
