using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Domain.Quorum;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.RollCall.SetQuorumRule;

/// <summary>Answers the rule in words.</summary>
internal sealed class SetQuorumRuleCommandHandler(AttendanceDbContext db, AttendanceAccess access) : IRequestHandler<SetQuorumRuleCommand, Result<string>>
{
    public async Task<Result<string>> Handle(SetQuorumRuleCommand command, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(command.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var rule = QuorumRule.Create(command.Numerator, command.Denominator, command.Strict);
        if (rule.IsFailure) return rule.Error!;
        var setting = await db.QuorumSettings.FirstOrDefaultAsync(s => s.CongressId == command.CongressId, cancellationToken);
        if (setting is null) db.QuorumSettings.Add(new CongressQuorumSetting(command.CongressId, rule.Value));
        else setting.Apply(rule.Value);
        return rule.Value.Describe();
    }
}
