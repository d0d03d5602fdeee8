using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>
/// Applies an Ardalis.Specification <see cref="ISpecification{T}"/> to an EF Core query (docs/adr/0016). Its EF Core
/// package is not served here, so this is ours: the provider-independent steps (where, order, skip/take) are the core
/// package's own evaluators; the EF steps (string includes, tracking) are ours. Anything else a specification can say
/// (search/LIKE, expression includes, split queries, query filters, tags, post-processing, SelectMany) is refused with
/// <see cref="NotSupportedException"/>, never silently dropped: a clause the database did not see would widen a result.
/// </summary>
public static class EfSpecificationEvaluator
{
    private static readonly IEvaluator[] CriteriaEvaluators = [WhereEvaluator.Instance];
    private static readonly IEvaluator[] ShapeEvaluators = [OrderEvaluator.Instance, PaginationEvaluator.Instance];

    /// <summary>Criteria, includes, tracking, order and one page: the entities a specification names.</summary>
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> query, ISpecification<T> specification) where T : class
    {
        query = query.WithCriteria(specification);
        foreach (var path in specification.IncludeStrings) query = query.Include(path);
        if (specification.AsNoTracking) query = query.AsNoTracking();
        else if (specification.AsTracking) query = query.AsTracking();
        foreach (var evaluator in ShapeEvaluators) query = evaluator.GetQuery(query, specification);
        return query;
    }

    /// <summary>As <see cref="WithSpecification{T}(IQueryable{T}, ISpecification{T})"/>, then the specification's
    /// projection (<c>Query.Select</c>), which EF translates so that SQL fetches only the projected columns.</summary>
    public static IQueryable<TResult> WithSpecification<T, TResult>(this IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class
    {
        if (specification.SelectorMany is not null) throw Unsupported(specification, "SelectMany");
        var selector = specification.Selector
            ?? throw new InvalidOperationException($"{specification.GetType().Name} declares no projection (Query.Select).");
        return query.WithSpecification((ISpecification<T>)specification).Select(selector);
    }

    /// <summary>Only the criteria: to count the whole result of a paged specification.</summary>
    public static IQueryable<T> WithCriteria<T>(this IQueryable<T> query, ISpecification<T> specification) where T : class
    {
        RefuseWhatIsNotTranslated(specification);
        foreach (var evaluator in CriteriaEvaluators) query = evaluator.GetQuery(query, specification);
        return query;
    }

    private static void RefuseWhatIsNotTranslated<T>(ISpecification<T> specification)
    {
        if (specification.SearchCriterias.Any()) throw Unsupported(specification, "Search (LIKE)");
        if (specification.IncludeExpressions.Any()) throw Unsupported(specification, "Include(expression); use Include(\"Path\")");
        if (specification.AsSplitQuery) throw Unsupported(specification, "AsSplitQuery");
        if (specification.AsNoTrackingWithIdentityResolution) throw Unsupported(specification, "AsNoTrackingWithIdentityResolution");
        if (specification.IgnoreQueryFilters) throw Unsupported(specification, "IgnoreQueryFilters");
        if (specification.IgnoreAutoIncludes) throw Unsupported(specification, "IgnoreAutoIncludes");
        if (specification.QueryTags.Any()) throw Unsupported(specification, "TagWith");
        if (specification.PostProcessingAction is not null) throw Unsupported(specification, "PostProcessingAction");
        if (specification.CacheEnabled) throw Unsupported(specification, "EnableCache");
    }

    private static NotSupportedException Unsupported<T>(ISpecification<T> specification, string feature) =>
        new($"{specification.GetType().Name} uses {feature}, which Congress' EF evaluator does not translate (docs/adr/0016).");
}
