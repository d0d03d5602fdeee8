using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Difficulties.ReportDifficulty;

/// <summary>
/// An official reports a difficulty of their own organisation (its congress, or the software): it goes to the province
/// above (to the centre at once when there is none). Scope: the organisation in the caller's subtree (404) AND the
/// caller's own (403, capture scope). <paramref name="Category"/>: Congress or Software.
/// </summary>
internal sealed record ReportDifficultyCommand(Guid OrganisationId, string Category, string Title, string Description) : ICommand<Result<DifficultyDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Difficulties, AccessScope.Organisation(OrganisationId));
}
