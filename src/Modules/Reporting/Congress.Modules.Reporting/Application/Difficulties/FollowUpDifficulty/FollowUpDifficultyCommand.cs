using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Difficulties.FollowUpDifficulty;

/// <summary>
/// The reporting organisation adds to its difficulty (not satisfied with the answer, more detail, or reopening a closed one):
/// it waits again for the province, or for the centre once it was escalated. Only the reporting organisation (403).
/// </summary>
internal sealed record FollowUpDifficultyCommand(Guid OrganisationId, Guid DifficultyId, int ExpectedVersion, string Text) : ICommand<Result<DifficultyDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Difficulties, AccessScope.Organisation(OrganisationId));
}
