using Congress.Modules.Attendance.Domain.Sessions;
using Mapster;

namespace Congress.Modules.Attendance.Application.Sessions;

internal sealed record SessionDto(Guid Id, Guid CongressId, string Name, string Kind, DateTime OpenedAtUtc, string OpenedBy, DateTime? ClosedAtUtc, bool IsOpen)
{
    public static SessionDto From(AttendanceSession session) => session.Adapt<SessionDto>(AttendanceMapping.Config);
}
