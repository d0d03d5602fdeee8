using Congress.Shared.Infrastructure.Portal;
using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Application.Decisions;
using Congress.Modules.Agenda.Application.Speakers;
using Congress.Modules.Agenda.Application.Tasks;
using Congress.Modules.Agenda.Endpoints;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Agenda;

/// <summary>
/// Chương trình Đại hội — sessions and numbered items, the live programme on tablets and screens, speakers and the speaking
/// timer, vote and election items bound to Voting and the congress's elected bodies. Routes under /api/agenda; schema "agenda".
/// </summary>
public sealed class AgendaModule : IModule
{
    public string Name => AgendaDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AgendaDbContext>(configuration, AgendaDbContext.SchemaName);
        services.AddHandlersFrom(typeof(AgendaModule).Assembly);
        services.AddScoped<AgendaAccess>();
        services.AddScoped<Application.Programme.ProgrammeReader>();
        services.AddScoped<Application.Groups.GroupRoster>();
        services.AddSingleton<Application.Live.ProgrammeWatch>();
        services.AddScoped<SpeakerList>();
        services.AddScoped<ItemDecisions>();
        services.AddRecurringJob<TaskReminderJob>(TaskReminderJob.RecurringKey, TimeSpan.FromMinutes(15), retries: 0); // the next run is the retry
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/agenda").RequireAuthorization();
        ProgrammeEndpoints.Map(group);
        SpeakerEndpoints.Map(group);
        DecisionEndpoints.Map(group);
        TaskEndpoints.Map(group);
        GroupEndpoints.Map(group);
    }

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/agenda", "Chương trình Đại hội", "Programme", MenuIcon.Calendar, 20, AgendaRoles.Chair),
        new("/agenda/tablet", "Chương trình hôm nay", "Today's programme", MenuIcon.Clock, 21, AgendaRoles.ReadProgramme),
        new("/agenda/tasks", "Nhiệm vụ Ban Tổ chức", "Committee tasks", MenuIcon.Settings, 22, AgendaRoles.Chair),
    ];
}
