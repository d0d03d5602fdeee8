using Congress.Modules.Reporting.Domain.Difficulties;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Difficulties.EscalateDifficulty;

internal sealed class EscalateDifficultyCommandHandler(DifficultyAccess access) : IRequestHandler<EscalateDifficultyCommand, Result<DifficultyDto>>
{
    public Task<Result<DifficultyDto>> Handle(EscalateDifficultyCommand command, CancellationToken cancellationToken) =>
        access.ChangeAsync(command.OrganisationId, command.DifficultyId, command.ExpectedVersion, (difficulty, viewer, now) =>
            (viewer.All || viewer.HandlerTier(difficulty) == DifficultyTier.Province)
                ? difficulty.Escalate(command.Note, access.Author(viewer), now)
                : DifficultyAccess.NotHandler, cancellationToken);
}
