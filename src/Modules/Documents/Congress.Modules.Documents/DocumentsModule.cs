using Congress.Modules.Documents.Application;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Cli;
using Congress.Modules.Documents.Endpoints;
using Congress.Modules.Documents.Infrastructure.Extraction;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Modules.Documents.Infrastructure.Search;
using Congress.Modules.Documents.Infrastructure.Security;
using Congress.Modules.Documents.Infrastructure.Watermarking;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Documents;

/// <summary>
/// Tài liệu — paperless documents: PDF and DOCX kept as uploaded and encrypted (a data key per version under a master key
/// outside the database), classified and addressed, checked on every read, versioned with a section diff, searched with
/// and without Vietnamese diacritics (Lucene.Net), every delivered copy watermarked for its recipient; tablets get signed
/// packages encrypted to their own key, with expiry and revocation. Routes under /api/documents; schema "documents";
/// docs/adr/0020, 0024.
/// </summary>
public sealed class DocumentsModule : IModule
{
    public string Name => DocumentsDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DocumentsDbContext>(configuration, DocumentsDbContext.SchemaName);
        services.AddHandlersFrom(typeof(DocumentsModule).Assembly);
        services.Configure<DocumentsOptions>(configuration.GetSection(DocumentsOptions.Section));
        services.AddKeyedScoped<IResourceLocator, DocumentsResources.DocumentLocator>(DocumentsResources.Document);
        services.AddKeyedScoped<IResourceLocator, DocumentsResources.DeviceLocator>(DocumentsResources.Device);
        services.AddScoped<DocumentVisibility>();
        services.AddScoped<DocumentStore>();
        services.AddScoped<DocumentIndexer>();
        services.AddScoped<Application.Synthesis.SynthesisSources>();
        services.AddSingleton<IDocumentInspector, DocumentInspector>();
        services.AddSingleton<EnvelopeVault>();
        services.AddSingleton<IDocumentVault>(s => s.GetRequiredService<EnvelopeVault>());
        services.AddSingleton<LuceneDocumentIndex>();
        services.AddSingleton<IDocumentIndex>(s => s.GetRequiredService<LuceneDocumentIndex>());
        services.AddSingleton<IWatermarkStamper, WatermarkStamper>();
        services.AddSingleton<ISynthesiser, Infrastructure.Synthesis.ExtractiveSynthesiser>();
        services.AddSingleton<IPackageSealer, PackageSealer>();
        services.AddSingleton<IPackageCache, PackageCache>();
        services.AddSingleton<Application.Devices.FetchPackage.PackageBuilds>();
        services.AddScoped<Application.Devices.PackageBuilder>();
        services.AddScoped<Application.Devices.PreparePackages.PackagePreparation>();
        services.AddJob<Application.Devices.PreparePackages.PreparePackagesJob>(retries: 0);
        services.AddSingleton<DocumentKeyRotation>();
        services.AddSingleton<IKeyRotation>(s => s.GetRequiredService<DocumentKeyRotation>());
        services.AddSingleton<ICliVerb, DocumentsVerb>();
    }

    /// <summary>The search index is rebuilt at start when its layout on disk is not this version's.</summary>
    public void AddBackgroundServices(IServiceCollection services, IConfiguration configuration) => services.AddHostedService<SearchIndexLayoutCheck>();

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/documents").RequireAuthorization();
        DocumentEndpoints.Map(group);
        CommentEndpoints.Map(group);
        SynthesisEndpoints.Map(group);
        DeviceEndpoints.Map(group);
    }

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/documents", "Tài liệu", "Documents", MenuIcon.Document, 40, DocumentsRoles.Read),
        new("/documents/synthesis", "Tổng hợp ý kiến", "Synthesis of comments", MenuIcon.Pen, 41, DocumentsRoles.ReadSynthesis),
        new("/documents/devices", "Máy tính bảng", "Tablets", MenuIcon.Lock, 42, DocumentsRoles.Manage),
    ];
}
