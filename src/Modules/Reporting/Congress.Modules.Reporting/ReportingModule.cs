using Congress.Shared.Infrastructure.Portal;
using Congress.Modules.Reporting.Application;
using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Platform;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Reminders.RefreshReminders;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Application.Tree.SyncOrganisationTree;
using Congress.Modules.Reporting.Endpoints;
using Congress.Modules.Reporting.Infrastructure;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Reporting;

/// <summary>
/// Theo dõi đại hội các cấp — nationwide monitoring: each organisation's congress progress and results, entered by its
/// own officials or filled by the platform's other modules; roll-ups at every level kept current incrementally;
/// completeness and timeliness with reminders; bottom-up approval that locks the data below. Routes under
/// /api/reporting; schema "reporting". The organisation tree is Delegates': Reporting keeps its own read model of it.
/// </summary>
public sealed class ReportingModule : IModule
{
    public string Name => ReportingDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReportingDbContext>(configuration, ReportingDbContext.SchemaName);
        services.AddHandlersFrom(typeof(ReportingModule).Assembly);
        services.Configure<ReportingOptions>(configuration.GetSection(ReportingOptions.Section));
        services.AddScoped<OrganisationTree>();
        services.AddScoped<RollupWriter>();
        services.AddScoped<ProgressReports>();
        services.AddSingleton<Application.Progress.UpdateProgress.ProgressWriter>();
        services.AddScoped<Application.Feed.ChangeFeed>();
        services.AddScoped<PlatformFigures>();
        services.AddSingleton<Application.Exchange.ExportLevelPdf.ILevelReportPrinter, Infrastructure.Printing.PdfLevelReportPrinter>();
        services.AddScoped<Application.Difficulties.DifficultyAccess>();
        services.AddSingleton<IDemoSeeder, ReportingTreeSeeder>();
        services.AddSingleton<INationalSeeder, NationalReportsSeeder>();
        var options = configuration.GetSection(ReportingOptions.Section).Get<ReportingOptions>() ?? new ReportingOptions();
        services.AddRecurringJob<SyncOrganisationTreeJob>(SyncOrganisationTreeJob.RecurringKey, TimeSpan.FromMinutes(Math.Max(1, options.TreeSyncEveryMinutes)));
        services.AddRecurringJob<RefreshRemindersJob>(RefreshRemindersJob.RecurringKey, TimeSpan.FromMinutes(Math.Max(1, options.ReminderEveryMinutes)));
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reporting").RequireAuthorization();
        ReportingEndpoints.Map(group);
        DifficultyEndpoints.Map(group);
    }

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/reporting", "Theo dõi đại hội các cấp", "Congress monitoring", MenuIcon.Chart, 60, ReportingRoles.Read),
        new("/reporting/difficulties", "Khó khăn, vướng mắc", "Difficulties", MenuIcon.Help, 61, ReportingRoles.Read),
    ];
}
