using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Difficulties.AnswerDifficulty;

internal sealed class AnswerDifficultyCommandHandler(DifficultyAccess access) : IRequestHandler<AnswerDifficultyCommand, Result<DifficultyDto>>
{
    public Task<Result<DifficultyDto>> Handle(AnswerDifficultyCommand command, CancellationToken cancellationToken) =>
        access.ChangeAsync(command.OrganisationId, command.DifficultyId, command.ExpectedVersion, (difficulty, viewer, now) =>
            viewer.HandlerTier(difficulty) is { } tier
                ? difficulty.Answer(tier, command.Text, access.Author(viewer), now)
                : DifficultyAccess.NotHandler, cancellationToken);
}
