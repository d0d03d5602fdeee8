using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Application.CheckIns;
using Congress.Modules.Attendance.Application.Sessions;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.RollCall.GetRollCall;

internal sealed class GetRollCallQueryHandler(AttendanceDbContext db, AttendanceAccess access, IDelegateRoster roster, QuorumRules quorumRules)
    : IRequestHandler<GetRollCallQuery, Result<RollCallDto>>
{
    public async Task<Result<RollCallDto>> Handle(GetRollCallQuery query, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CongressId == query.CongressId).ToListAsync(cancellationToken);
        var session = sessions.FirstOrDefault(s => s.IsOpen) ?? sessions.OrderByDescending(s => s.OpenedAtUtc).FirstOrDefault();

        var delegates = await roster.ListAsync(query.CongressId, cancellationToken);
        var present = session is null ? [] : (await PresenceLedger.PresentIn(db, session.Id).ToListAsync(cancellationToken)).ToHashSet();
        var official = delegates.Where(d => d.Kind == "Official").ToList();
        var presentOfficial = official.Count(d => present.Contains(d.DelegateId));
        var rule = await quorumRules.ForAsync(query.CongressId, cancellationToken);
        var quorum = new QuorumDto(rule.Numerator, rule.Denominator, rule.Strict, rule.Describe(), rule.Required(official.Count), rule.IsMet(presentOfficial, official.Count));

        var delegations = official.GroupBy(d => d.Delegation).OrderBy(g => g.Key)
            .Select(g => new DelegationRollCallDto(g.Key, g.Count(), g.Count(d => present.Contains(d.DelegateId)),
                g.Where(d => !present.Contains(d.DelegateId)).OrderBy(d => d.Code).Select(d => new MissingDelegateDto(d.DelegateId, d.Code, d.FullName)).ToList()))
            .ToList();

        var names = delegates.ToDictionary(d => d.DelegateId, d => d.FullName);
        var recent = session is null ? [] : (await db.Events.AsNoTracking().Where(e => e.SessionId == session.Id)
                .OrderByDescending(e => e.AtUtc).Take(20).ToListAsync(cancellationToken))
            .Select(e => new RecentCheckInDto(e.AtUtc, names.GetValueOrDefault(e.DelegateId, "?"), e.Direction.ToString(), e.Method.ToString(), e.Gate, e.Reason))
            .ToList();
        return new RollCallDto(session is null ? null : SessionDto.From(session), official.Count, presentOfficial, present.Count, quorum, delegations, recent);
    }
}
