using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Domain.Difficulties;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Difficulties.ReportDifficulty;

internal sealed class ReportDifficultyCommandHandler(ReportingDbContext db, OrganisationTree tree, DifficultyAccess access, ICurrentUser user, IClock clock)
    : IRequestHandler<ReportDifficultyCommand, Result<DifficultyDto>>
{
    public async Task<Result<DifficultyDto>> Handle(ReportDifficultyCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsSystemAdmin && user.OrganisationId != command.OrganisationId) return DifficultyAccess.NotOwn;
        if (await tree.FindAsync(command.OrganisationId, cancellationToken) is not { } organisation) return DifficultyAccess.UnknownOrganisation;
        if (await access.ViewerAsync(cancellationToken) is not { } viewer) return DifficultyAccess.NotFound;
        var province = await access.ProvinceAboveAsync(organisation, cancellationToken);
        var difficulty = Difficulty.Report(organisation.Id, organisation.Path, organisation.Depth, province?.Id, province?.Depth,
            Enum.Parse<DifficultyCategory>(command.Category, ignoreCase: true), command.Title, command.Description, access.Author(viewer), clock.UtcNow);
        db.Difficulties.Add(difficulty);
        await db.SaveChangesAsync(cancellationToken);
        access.SignalAfterCommit(difficulty);
        return await access.ToDtoAsync(difficulty, viewer, cancellationToken);
    }
}
