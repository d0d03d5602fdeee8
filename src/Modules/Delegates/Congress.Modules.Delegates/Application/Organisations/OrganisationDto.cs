using System.Linq.Expressions;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Shared.Infrastructure.Mapping;
using Mapster;

namespace Congress.Modules.Delegates.Application.Organisations;

/// <param name="Depth">0 for the root of the caller's view of the tree.</param>
internal sealed record OrganisationDto(Guid Id, Guid? ParentId, string Name, string Code, string Level, int MemberCount, string Path)
{
    public int Depth => Path.Count(c => c == '/') - 2;

    /// <summary>Mapster, by member name (docs/adr/0016); EF translates it, so SQL reads only these columns.</summary>
    public static readonly Expression<Func<Organisation, OrganisationDto>> Projection = DelegatesMapping.Config.Projection<Organisation, OrganisationDto>();

    public static OrganisationDto From(Organisation entity) => entity.Adapt<OrganisationDto>(DelegatesMapping.Config);
}
