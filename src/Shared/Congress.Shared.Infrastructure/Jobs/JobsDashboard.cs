using Congress.Shared.Kernel;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>Hangfire's dashboard at <c>/jobs</c>, for system administrators only (docs/adr/0013).</summary>
public static class JobsDashboard
{
    public const string Path = "/jobs";

    /// <summary>
    /// Maps the dashboard without Hangfire's service-collection extensions (they configure process-wide statics). The
    /// storage is opened on the first request, so a command-line verb that builds the app never touches it.
    /// </summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        var options = new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Công việc nền — Đại hội",
            DisplayStorageConnectionString = false,
            Authorization = [],
            AsyncAuthorization = [new SystemAdminOnly()],
        };
        var pipeline = endpoints.CreateApplicationBuilder()
            .UsePathBase(Path)
            .Use(next =>
            {
                var middleware = new Lazy<AspNetCoreDashboardMiddleware>(() => new AspNetCoreDashboardMiddleware(
                    next, endpoints.ServiceProvider.GetRequiredService<CongressJobStorage>().Storage, options, DashboardRoutes.Routes, finalizeWhenNotFound: true));
                return http => middleware.Value.Invoke(http);
            })
            .Build();
        return endpoints.Map(Path + "/{**path}", pipeline);
    }

    /// <summary>
    /// Hangfire authorises its dashboard itself, outside ASP.NET Core's authorisation: the request is authenticated here with
    /// the host's default scheme (the portal's cookie or a bearer token), and only a system administrator passes. Hangfire
    /// then answers 401 to an anonymous caller and 403 to a signed-in one.
    /// </summary>
    internal sealed class SystemAdminOnly : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (http.User.Identity?.IsAuthenticated != true)
            {
                var result = await http.AuthenticateAsync();
                if (result.Succeeded) http.User = result.Principal;
            }
            return http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(Roles.SystemAdmin);
        }
    }
}
