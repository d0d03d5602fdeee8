using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Congresses.ScheduleCongress;

internal sealed class ScheduleCongressCommandHandler(DelegatesDbContext db, SubtreeScope scope)
    : IRequestHandler<ScheduleCongressCommand, Result<CongressDto>>
{
    public async Task<Result<CongressDto>> Handle(ScheduleCongressCommand command, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == new OrganisationId(command.OrganisationId), cancellationToken);
        if (organisation is null || !await scope.CanSeeAsync(organisation.Path, cancellationToken))
            return Error.NotFound("delegates.organisation.not_found", "Không tìm thấy tổ chức đảng.");

        var scheduled = PartyCongress.Schedule(organisation, command.Name, command.TermStartYear, command.TermEndYear, command.StartsOn, command.EndsOn, command.DelegateQuota);
        if (scheduled.IsFailure) return scheduled.Error!;
        db.Congresses.Add(scheduled.Value);
        return CongressDto.From(scheduled.Value);
    }
}
