using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Claims;
using Congress.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Congress.Bench;

/// <summary>What the HTTP benches share: a free loopback port, bearer tokens minted by the host, authorised requests.</summary>
internal static class BenchHttp
{
    public static HttpRequestMessage Authorised(HttpRequestMessage message, string token)
    {
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return message;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string token, HttpMethod method, string path, object body)
    {
        var response = await http.SendAsync(Authorised(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) }, token));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>A bearer token as /api/identity/token issues it, minted directly (2,000 password hashes would dominate the run).</summary>
    public static string Token(WebApplication app, string role, Guid? organisationId, Guid? delegateId)
    {
        // The host checks every token against its account's security stamp: the caller gets an account row, no password.
        var (accountId, stamp) = Congress.Modules.Identity.Infrastructure.Security.TestAccounts.Ensure(app.Services, role, organisationId);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, accountId.ToString()), new(ClaimTypes.Name, $"bench-{role}"), new(ClaimTypes.Role, role),
            new(Congress.Modules.Identity.Infrastructure.Security.IdentityClaims.SecurityStamp, stamp),
        };
        if (organisationId is { } organisation) claims.Add(new(CongressClaims.Organisation, organisation.ToString()));
        if (delegateId is { } id) claims.Add(new(CongressClaims.Delegate, id.ToString()));
        var scheme = BearerTokenDefaults.AuthenticationScheme;
        var options = app.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(scheme);
        return options.BearerTokenProtector.Protect(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, scheme)),
            new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) }, scheme));
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

}
