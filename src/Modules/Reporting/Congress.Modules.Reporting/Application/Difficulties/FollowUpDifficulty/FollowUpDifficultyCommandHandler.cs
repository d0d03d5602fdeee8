using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Difficulties.FollowUpDifficulty;

internal sealed class FollowUpDifficultyCommandHandler(DifficultyAccess access) : IRequestHandler<FollowUpDifficultyCommand, Result<DifficultyDto>>
{
    public Task<Result<DifficultyDto>> Handle(FollowUpDifficultyCommand command, CancellationToken cancellationToken) =>
        access.ChangeAsync(command.OrganisationId, command.DifficultyId, command.ExpectedVersion, (difficulty, viewer, now) =>
            viewer.IsReporter(difficulty)
                ? difficulty.FollowUp(command.Text, access.Author(viewer), now)
                : DifficultyAccess.NotReporter, cancellationToken);
}
