using System.Linq.Expressions;
using System.Reflection;
using Congress.Shared.Kernel;
using Mapster;
using Mapster.Models;

namespace Congress.Shared.Infrastructure.Mapping;

/// <summary>
/// A module's Mapster configuration (docs/adr/0016): the module's typed ids map to their Guid, enums to their names
/// (Mapster's default), every other DTO member from the entity member of the same name, and the module's
/// <see cref="IRegister"/> classes (found by scanning its assembly) add the rest. Every destination member must have a
/// source, and the whole configuration is compiled when it is made, so that a DTO member without a source fails at the
/// first use and in the module's tests, never as a silent default.
/// </summary>
/// <remarks>One configuration per module, not Mapster's global one, so that two modules' rules never meet. It is an
/// immutable set of mapping rules, kept in a static field of the module, because DTO projections are needed where
/// there is no service provider (a specification's <c>Query.Select</c>, a DTO's own <c>Projection</c>).</remarks>
public static class ModuleMapping
{
    public static TypeAdapterConfig Create(Assembly moduleAssembly)
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Default.PreserveReference(false).MapToConstructor(true);
        foreach (var idType in moduleAssembly.GetTypes().Where(t => t.IsValueType && typeof(ITypedId).IsAssignableFrom(t)))
            MapTypedIdMethod.MakeGenericMethod(idType).Invoke(null, [config]);
        config.Scan(moduleAssembly);
        config.Compile();
        return config;
    }

    /// <summary>The expression EF translates into SQL: only the DTO's columns are read.</summary>
    public static Expression<Func<TSource, TDestination>> Projection<TSource, TDestination>(this TypeAdapterConfig config) =>
        (Expression<Func<TSource, TDestination>>)config.CreateMapExpression(new TypeTuple(typeof(TSource), typeof(TDestination)), MapType.Projection);

    private static readonly MethodInfo MapTypedIdMethod = typeof(ModuleMapping).GetMethod(nameof(MapTypedId), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void MapTypedId<TId>(TypeAdapterConfig config) where TId : struct, ITypedId
    {
        var id = Expression.Parameter(typeof(TId), "id");
        var value = Expression.Property(id, typeof(TId).GetProperty(nameof(ITypedId.Value))!);
        config.NewConfig<TId, Guid>().MapWith(Expression.Lambda<Func<TId, Guid>>(value, id));

        var maybe = Expression.Parameter(typeof(TId?), "id");
        var lifted = Expression.Condition(Expression.Property(maybe, nameof(Nullable<TId>.HasValue)),
            Expression.Convert(Expression.Property(Expression.Property(maybe, nameof(Nullable<TId>.Value)), typeof(TId).GetProperty(nameof(ITypedId.Value))!), typeof(Guid?)),
            Expression.Constant(null, typeof(Guid?)));
        config.NewConfig<TId?, Guid?>().MapWith(Expression.Lambda<Func<TId?, Guid?>>(lifted, maybe));
    }
}
