using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Difficulties.EscalateDifficulty;

/// <summary>The province passes a difficulty that waits for it to the centre, saying why (403 for anyone but that province; 409 when stale or not waiting).</summary>
internal sealed record EscalateDifficultyCommand(Guid OrganisationId, Guid DifficultyId, int ExpectedVersion, string Note) : ICommand<Result<DifficultyDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Difficulties, AccessScope.Organisation(OrganisationId));
}
