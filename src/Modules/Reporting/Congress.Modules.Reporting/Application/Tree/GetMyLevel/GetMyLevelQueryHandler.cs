using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Tree.GetMyLevel;

internal sealed class GetMyLevelQueryHandler(ReportingDbContext db, OrganisationTree tree, ICurrentUser user, RequestAuthoriser authoriser)
    : IRequestHandler<GetMyLevelQuery, Result<MyLevelDto>>
{
    public async Task<Result<MyLevelDto>> Handle(GetMyLevelQuery query, CancellationToken cancellationToken)
    {
        var organisation = user.OrganisationId is { } own
            ? await tree.FindAsync(own, cancellationToken)
            : user.IsSystemAdmin ? await db.Organisations.AsNoTracking().OrderBy(o => o.Depth).ThenBy(o => o.Code).FirstOrDefaultAsync(cancellationToken) : null;
        if (organisation is null) return ProgressReports.UnknownOrganisation;
        return new MyLevelDto(organisation.Id, organisation.Code, organisation.Name, organisation.Level, authoriser.HasAnyRole(ReportingRoles.Capture));
    }
}
