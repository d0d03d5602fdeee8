using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Application.Delegates;
using Congress.Modules.Delegates.Application.Imports;
using Congress.Modules.Delegates.Application.Imports.CommitDelegateImport;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Delegates.Endpoints;
using Congress.Modules.Delegates.Cli;
using Congress.Modules.Delegates.Infrastructure;
using Congress.Modules.Delegates.Infrastructure.Demo;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Delegates;

/// <summary>
/// Đại biểu — the party-organisation tree, congresses, delegates, the credentials board's review,
/// discussion groups and CSV import/export. Routes under /api/delegates; schema "delegates".
/// </summary>
public sealed class DelegatesModule : IModule
{
    public string Name => DelegatesDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DelegatesDbContext>(configuration, DelegatesDbContext.SchemaName);
        services.AddHandlersFrom(typeof(DelegatesModule).Assembly);
        services.AddKeyedScoped<IResourceLocator, DelegatesResources.DelegateLocator>(DelegatesResources.Delegate);
        services.AddKeyedScoped<IResourceLocator, DelegatesResources.ImportLocator>(DelegatesResources.Import);
        services.AddScoped<SubtreeScope>();
        services.AddSingleton<OrganisationPaths>();
        services.AddScoped<DelegateFinder>();
        services.AddScoped<DelegateProfiles>();
        services.AddScoped<DelegateImports>();
        services.AddSingleton<ImportProgress>();
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<IDelegateRoster, DelegateRoster>();
        services.AddScoped<IDiscussionGroupDirectory, DiscussionGroupDirectory>();
        services.AddScoped<IDelegateProfiles, DelegateProfileDirectory>();
        services.AddScoped<CongressAccess>();
        services.AddScoped<ICongressAccess>(sp => sp.GetRequiredService<CongressAccess>());
        services.AddScoped<ISubtreeAccess>(sp => sp.GetRequiredService<CongressAccess>());
        services.AddScoped<ICongressChoices, CongressChoices>();
        services.AddJob<CommitDelegateImportJob>(retries: 3); // writes all rows or none, and records its own failure
        services.AddSingleton<IDemoSeeder, DemoCongressSeeder>();
        services.AddSingleton<INationalSeeder, NationalTreeSeeder>();
        services.AddSingleton<ICliVerb, ImportDelegatesVerb>();
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/delegates").RequireAuthorization();
        OrganisationEndpoints.Map(group);
        CongressEndpoints.Map(group);
        DelegateEndpoints.Map(group);
        CredentialsEndpoints.Map(group);
        DiscussionGroupEndpoints.Map(group);
        ImportEndpoints.Map(group);
    }

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/delegates", "Đại biểu", "Delegates", MenuIcon.People, 10, DelegatesRoles.ReadDelegates),
        new("/delegates/credentials", "Thẩm tra tư cách", "Credentials", MenuIcon.Credentials, 11, DelegatesRoles.ReviewCredentials),
        new("/delegates/groups", "Tổ thảo luận", "Discussion groups", MenuIcon.Groups, 12, DelegatesRoles.ManageGroups),
        new("/delegates/import", "Nhập danh sách", "Import", MenuIcon.Upload, 13, DelegatesRoles.ManageDelegates),
        new("/organisations", "Tổ chức đảng", "Organisations", MenuIcon.Organisation, 14, DelegatesRoles.ManageStructure),
    ];
}
