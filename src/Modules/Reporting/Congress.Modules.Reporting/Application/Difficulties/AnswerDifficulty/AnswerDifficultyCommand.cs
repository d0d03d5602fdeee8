using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Difficulties.AnswerDifficulty;

/// <summary>
/// The province answers a difficulty that waits for it; the centre one escalated to it. <paramref name="ExpectedVersion"/> is
/// the version the answerer read: a stale answer is refused (409) and nothing is written over the one given meanwhile.
/// Scope: the difficulty's organisation in the caller's subtree (404), the caller the tier it waits for (403 / 409).
/// </summary>
internal sealed record AnswerDifficultyCommand(Guid OrganisationId, Guid DifficultyId, int ExpectedVersion, string Text) : ICommand<Result<DifficultyDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Difficulties, AccessScope.Organisation(OrganisationId));
}
