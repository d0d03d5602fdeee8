using Congress.Modules.Sample.Application.Access;
using Congress.Modules.Sample.Endpoints;
using Congress.Modules.Sample.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Sample;

/// <summary>Sample — say here, in one sentence, what this module does for a congress. Routes under /api/sample; schema "sample".</summary>
public sealed class SampleModule : IModule
{
    public string Name => SampleDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SampleDbContext>(configuration, SampleDbContext.SchemaName);
        services.AddHandlersFrom(typeof(SampleModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sample").RequireAuthorization();
        NoteEndpoints.Map(group);
    }

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/sample", "Sample", "Sample", MenuIcon.Document, 90, SampleRoles.Read),
    ];
}
