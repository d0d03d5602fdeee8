using Congress.Modules.Attendance.Application;
using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Application.Badges;
using Congress.Modules.Attendance.Application.CheckIns;
using Congress.Modules.Attendance.Application.Gates;
using Congress.Modules.Attendance.Infrastructure.Health;
using Congress.Modules.Attendance.Application.Reconciliation;
using Congress.Modules.Attendance.Contracts;
using Congress.Modules.Attendance.Endpoints;
using Congress.Modules.Attendance.Infrastructure;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Attendance;

/// <summary>
/// Điểm danh — the roll call: sessions of a congress, an append-only ledger of entries and exits (face, QR badge, manual
/// with a reason), live presence and quorum, who is missing by delegation, reconciliation, the kiosk. Tells Voting who is
/// present (IAttendanceRegister). Routes under /api/attendance; schema "attendance".
/// </summary>
public sealed class AttendanceModule : IModule
{
    public string Name => AttendanceDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AttendanceDbContext>(configuration, AttendanceDbContext.SchemaName);
        services.AddHandlersFrom(typeof(AttendanceModule).Assembly);
        services.Configure<AttendanceOptions>(configuration.GetSection(AttendanceOptions.Section));
        services.AddSingleton<BadgeSigner>();
        services.AddScoped<AttendanceAccess>();
        services.AddScoped<QuorumRules>();
        services.AddScoped<PresenceLedger>();
        services.AddScoped<FaceGate>();
        services.AddScoped<IAttendanceRegister, AttendanceRegister>();
        services.AddSingleton<GateBoard>();
        services.AddHealthChecks().AddCheck<GatesHealthCheck>("gates", tags: ["ready"]);
        var minutes = Math.Max(1, configuration.GetValue($"{AttendanceOptions.Section}:{nameof(AttendanceOptions.ReconcileEveryMinutes)}", 15));
        services.AddRecurringJob<ReconcileAttendanceJob>(ReconcileAttendanceJob.RecurringKey, TimeSpan.FromMinutes(minutes), retries: 0); // the next run is the retry
    }

    /// <summary>The entrance cameras (Attendance:Gates), watched by the web host only.</summary>
    public void AddBackgroundServices(IServiceCollection services, IConfiguration configuration) => services.AddHostedService<EntranceGates>();

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/attendance").RequireAuthorization();
        SessionEndpoints.Map(group);
        CheckInEndpoints.Map(group);
    }

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/attendance", "Điểm danh", "Attendance", MenuIcon.Attendance, 25, AttendanceRoles.Read),
        new("/attendance/kiosk", "Cổng điểm danh (kiosk)", "Check-in kiosk", MenuIcon.Camera, 26, AttendanceRoles.Gate),
    ];
}
