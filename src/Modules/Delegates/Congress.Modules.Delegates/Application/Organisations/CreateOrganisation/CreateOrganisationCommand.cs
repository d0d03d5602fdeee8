using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Organisations.CreateOrganisation;

/// <param name="ParentId">Null only for the root of the whole tree (system administrators).</param>
/// <param name="Level">One of Centre, Province, District, Commune, AgencyCommittee, Grassroots, Cell.</param>
internal sealed record CreateOrganisationCommand(Guid? ParentId, string Name, string Code, string Level, int MemberCount)
    : ICommand<Result<OrganisationDto>>
{
    /// <summary>A new organisation under one the caller holds; a new root only by a system administrator.</summary>
    RequestAccess IAuthorisedRequest.Access => ParentId is { } parent
        ? new(DelegatesRoles.ManageStructure, AccessScope.Organisation(parent))
        : new([Roles.SystemAdmin], AccessScope.CallerSubtree);
}
