using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Difficulties.CloseDifficulty;

internal sealed class CloseDifficultyCommandHandler(DifficultyAccess access) : IRequestHandler<CloseDifficultyCommand, Result<DifficultyDto>>
{
    public Task<Result<DifficultyDto>> Handle(CloseDifficultyCommand command, CancellationToken cancellationToken) =>
        access.ChangeAsync(command.OrganisationId, command.DifficultyId, command.ExpectedVersion, (difficulty, viewer, now) =>
            viewer.IsReporter(difficulty)
                ? difficulty.Close(command.Note, access.Author(viewer), now)
                : DifficultyAccess.NotReporter, cancellationToken);
}
