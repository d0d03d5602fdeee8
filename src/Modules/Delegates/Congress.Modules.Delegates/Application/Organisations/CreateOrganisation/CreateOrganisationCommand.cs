using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Organisations.CreateOrganisation;

/// <param name="ParentId">Null only for the root of the whole tree (system administrators).</param>
/// <param name="Level">One of Centre, Province, District, Commune, AgencyCommittee, Grassroots, Cell.</param>
internal sealed record CreateOrganisationCommand(Guid? ParentId, string Name, string Code, string Level, int MemberCount)
    : ICommand<Result<OrganisationDto>>;
