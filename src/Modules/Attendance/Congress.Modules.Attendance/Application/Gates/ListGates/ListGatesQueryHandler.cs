using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Attendance.Application.Gates.ListGates;

internal sealed class ListGatesQueryHandler(GateBoard board, AttendanceAccess access, IClock clock)
    : IRequestHandler<ListGatesQuery, Result<IReadOnlyList<GateStatus>>>
{
    /// <summary>No frame for this long and a connected camera is shown as "no signal".</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(10);

    public async Task<Result<IReadOnlyList<GateStatus>>> Handle(ListGatesQuery query, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        // A gate bound to another congress is not this caller's business; one waiting for a session could admit to this one.
        return board.Snapshot(clock.UtcNow, StaleAfter).Where(g => g.CongressId is null || g.CongressId == query.CongressId).ToList();
    }
}
