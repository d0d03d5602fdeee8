using System.Linq.Expressions;
using Congress.Modules.Delegates.Domain.Organisations;

namespace Congress.Modules.Delegates.Application.Organisations;

/// <param name="Depth">0 for the root of the caller's view of the tree.</param>
internal sealed record OrganisationDto(Guid Id, Guid? ParentId, string Name, string Code, string Level, int MemberCount, string Path)
{
    public int Depth => Path.Count(c => c == '/') - 2;

    public static readonly Expression<Func<Organisation, OrganisationDto>> Projection = o =>
        new OrganisationDto(o.Id.Value, o.ParentId.HasValue ? o.ParentId.Value.Value : null, o.Name, o.Code, o.Level.ToString(), o.MemberCount, o.Path);

    private static readonly Func<Organisation, OrganisationDto> Compiled = Projection.Compile();

    public static OrganisationDto From(Organisation entity) => Compiled(entity);
}
