using Congress.Shared.Infrastructure.Portal;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Modules;

/// <summary>
/// A module's single public entry point. The host lists modules explicitly, one line each,
/// and enables each with <c>Modules:&lt;Name&gt;:Enabled</c>.
/// </summary>
public interface IModule
{
    /// <summary>Short name, also the database schema and route prefix (e.g. "delegates").</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder routes);

    /// <summary>Long-running services of this module (a camera watcher, a listener): started by the web host only, never
    /// by a command-line verb.</summary>
    void AddBackgroundServices(IServiceCollection services, IConfiguration configuration) { }

    /// <summary>Entries this module adds to the portal menu (Vietnamese first).</summary>
    IReadOnlyList<PortalMenuItem> Menu => [];
}

/// <summary>A link in the portal's menu. <paramref name="Icon"/> is one of the shipped SVG icons;
/// <paramref name="Roles"/> empty means every signed-in user.</summary>
public sealed record PortalMenuItem(string Href, string TitleVi, string TitleEn, MenuIcon Icon, int Order, params string[] Roles);
