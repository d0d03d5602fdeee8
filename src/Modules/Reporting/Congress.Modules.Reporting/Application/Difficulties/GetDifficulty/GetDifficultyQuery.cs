using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Difficulties.GetDifficulty;

/// <summary>A difficulty with its thread (status, answers, who wrote them, when), for whoever may see it (404 otherwise; see DifficultyAccess).</summary>
internal sealed record GetDifficultyQuery(Guid OrganisationId, Guid DifficultyId) : IQuery<Result<DifficultyDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
