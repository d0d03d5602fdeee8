using Congress.Modules.Attendance.Domain.Sessions;

namespace Congress.Modules.Attendance.Application.Sessions;

internal sealed record SessionDto(Guid Id, Guid CongressId, string Name, string Kind, DateTime OpenedAtUtc, string OpenedBy, DateTime? ClosedAtUtc, bool IsOpen)
{
    public static SessionDto From(AttendanceSession s) => new(s.Id.Value, s.CongressId, s.Name, s.Kind.ToString(), s.OpenedAtUtc, s.OpenedBy, s.ClosedAtUtc, s.IsOpen);
}
