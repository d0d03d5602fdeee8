using System.Linq.Expressions;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>Applies a <see cref="Specification{T}"/> to an EF Core query (docs/adr/0003).</summary>
public static class SpecificationEvaluator
{
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> query, Specification<T> specification) where T : class
    {
        query = WithCriteria(query, specification);
        foreach (var include in specification.Includes) query = query.Include(include);
        if (specification.AsNoTracking) query = query.AsNoTracking();

        IOrderedQueryable<T>? ordered = null;
        foreach (var (keySelector, descending) in specification.OrderBy)
        {
            var method = (ordered is null, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var call = Expression.Call(typeof(Queryable), method, [typeof(T), keySelector.ReturnType],
                (ordered ?? query).Expression, Expression.Quote(keySelector));
            ordered = (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
        }
        query = ordered ?? query;

        if (specification.Skip is { } skip) query = query.Skip(skip);
        if (specification.Take is { } take) query = query.Take(take);
        return query;
    }

    /// <summary>Only the criteria: for counting the whole result of a paged specification.</summary>
    public static IQueryable<T> WithCriteria<T>(this IQueryable<T> query, Specification<T> specification) where T : class =>
        specification.Criteria.Aggregate(query, (q, criterion) => q.Where(criterion));
}
