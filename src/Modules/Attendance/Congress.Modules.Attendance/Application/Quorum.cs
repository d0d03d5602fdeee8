using Congress.Modules.Attendance.Domain.Quorum;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Attendance.Application;

/// <summary>The quorum rule in force for a congress: its own, or the configured default.</summary>
internal sealed class QuorumRules(AttendanceDbContext db, IOptions<AttendanceOptions> options)
{
    public async Task<QuorumRule> ForAsync(Guid congressId, CancellationToken cancellationToken)
    {
        var own = await db.QuorumSettings.AsNoTracking().FirstOrDefaultAsync(s => s.CongressId == congressId, cancellationToken);
        if (own is not null) return own.Rule;
        var o = options.Value;
        var configured = QuorumRule.Create(o.QuorumNumerator, o.QuorumDenominator, o.QuorumStrict);
        return configured.IsSuccess ? configured.Value : QuorumRule.Default;
    }
}
