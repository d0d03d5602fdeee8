using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Identity.Infrastructure.Security;

/// <summary>
/// An open portal page (a Blazor circuit) keeps the user it was opened with; this checks that user against the account
/// every <see cref="AccountSessions.CheckInterval"/>, reading the database, and signs the page out when the account was
/// disabled or its sessions ended.
/// </summary>
internal sealed class AccountRevalidation(ILoggerFactory loggerFactory, AccountSessions sessions) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => sessions.CheckInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        authenticationState.User.Identity?.IsAuthenticated == true
            ? sessions.IsCurrentAsync(authenticationState.User, fresh: true, cancellationToken)
            : Task.FromResult(true);
}
