using Congress.Modules.Attendance.Application.Reconciliation.ListFindings;
using Congress.Modules.Attendance.Application.Sessions;
using Congress.Modules.Attendance.Domain.Reconciliation;
using Congress.Modules.Attendance.Domain.Sessions;
using Congress.Shared.Infrastructure.Mapping;
using Mapster;

namespace Congress.Modules.Attendance.Application;

/// <summary>The module's entity-to-DTO mapping (Mapster, docs/adr/0016): by member name, typed ids to Guids, enums to
/// names. Only the pairs registered here are mapped by Mapster; they are compiled, and so checked, when the module's
/// configuration is made. Check-ins, badges and roll calls are composed from several sources and stay explicit.</summary>
internal sealed class AttendanceMapping : IRegister
{
    public static readonly TypeAdapterConfig Config = ModuleMapping.Create(typeof(AttendanceMapping).Assembly);

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<AttendanceSession, SessionDto>();
        config.NewConfig<ReconciliationFinding, FindingDto>();
    }
}
