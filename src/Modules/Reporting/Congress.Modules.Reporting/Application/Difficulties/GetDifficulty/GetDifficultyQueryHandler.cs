using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Difficulties.GetDifficulty;

internal sealed class GetDifficultyQueryHandler(DifficultyAccess access) : IRequestHandler<GetDifficultyQuery, Result<DifficultyDto>>
{
    public async Task<Result<DifficultyDto>> Handle(GetDifficultyQuery query, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(query.OrganisationId, query.DifficultyId, tracked: false, cancellationToken);
        if (found.IsFailure) return found.Error!;
        return await access.ToDtoAsync(found.Value.Difficulty, found.Value.Viewer, cancellationToken);
    }
}
