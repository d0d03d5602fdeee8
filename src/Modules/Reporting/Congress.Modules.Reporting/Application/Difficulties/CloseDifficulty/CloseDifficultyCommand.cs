using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Difficulties.CloseDifficulty;

/// <summary>The reporting organisation closes its difficulty (resolved), with an optional word. Only the reporting organisation (403).</summary>
internal sealed record CloseDifficultyCommand(Guid OrganisationId, Guid DifficultyId, int ExpectedVersion, string? Note = null) : ICommand<Result<DifficultyDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Difficulties, AccessScope.Organisation(OrganisationId));
}
