using Congress.Shared.Infrastructure.Security;
using Congress.Modules.Biometrics.Application.Access;
using Congress.Modules.Biometrics.Application.Gallery;
using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Application.Recognition;
using Congress.Modules.Biometrics.Cli;
using Congress.Modules.Biometrics.Contracts;
using Congress.Modules.Biometrics.Endpoints;
using Congress.Modules.Biometrics.Infrastructure.Health;
using Congress.Modules.Biometrics.Infrastructure.Imaging;
using Congress.Modules.Biometrics.Infrastructure.Onnx;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Modules.Biometrics.Infrastructure.Security;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Biometrics;

/// <summary>
/// Nhận diện khuôn mặt — face enrolment from delegates' photos and 1:N identification for the check-in kiosk, behind
/// <see cref="IFaceRecognition"/>. The only module with native code: our ONNX Runtime binding, libturbojpeg, libspng,
/// ffmpeg (docs/adr/0007). Routes under /api/biometrics; schema "biometrics".
/// </summary>
public sealed class BiometricsModule : IModule
{
    public string Name => BiometricsDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<BiometricsDbContext>(configuration, BiometricsDbContext.SchemaName);
        services.AddHandlersFrom(typeof(BiometricsModule).Assembly);
        services.AddKeyedScoped<IResourceLocator, BiometricsResources.EnrolmentBatchLocator>(BiometricsResources.EnrolmentBatch);
        services.Configure<BiometricsOptions>(configuration.GetSection(BiometricsOptions.Section));

        services.AddSingleton<OnnxFaceEngine>();
        services.AddSingleton<IFaceEngineStatus>(sp => sp.GetRequiredService<OnnxFaceEngine>());
        services.AddSingleton<IImageDecoder, NativeImageDecoder>();
        services.AddSingleton<IFaceDetector, OnnxFaceDetector>();
        services.AddSingleton<ILandmarkDetector, OnnxLandmarkDetector>();
        services.AddSingleton<IFaceEmbedder, OnnxFaceEmbedder>();
        services.AddSingleton<ILivenessDetector, OnnxLivenessDetector>();
        services.AddScoped<ITemplateProtector, AesGcmTemplateProtector>();
        services.AddSingleton<TemplateKeyCache>();
        services.AddSingleton<TemplateKeyWrap>();
        services.AddSingleton<Congress.Shared.Infrastructure.Security.IKeyRotation, TemplateKeyRotation>();
        services.AddSingleton<FaceAnalyzer>();
        services.AddSingleton<FaceGallery>();
        services.AddSingleton<GalleryLoader>();
        services.AddSingleton<FaceRecognitionService>();
        services.AddSingleton<IFaceRecognition>(sp => sp.GetRequiredService<FaceRecognitionService>());
        services.AddSingleton<IGateCameras, Infrastructure.Camera.GateCameras>();
        services.AddScoped<CongressGuard>();
        services.AddSingleton<ICliVerb, EvaluateVerb>();
        services.AddSingleton<ICliVerb, EvaluateLivenessVerb>();
        services.AddJob<Application.Templates.EnrolFromArchive.EnrolFromArchiveJob>(retries: 3); // resumes after the last photo it recorded
        services.AddHealthChecks().AddCheck<FaceEngineHealthCheck>("biometrics", tags: ["ready"]);
    }

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/biometrics", "Nhận diện khuôn mặt", "Face recognition", MenuIcon.Face, 45, BiometricsRoles.Read),
    ];

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/biometrics").RequireAuthorization();
        BiometricsEndpoints.Map(group);
    }
}
