using System.Linq.Expressions;

namespace Congress.Shared.Kernel;

/// <summary>
/// A named query over an aggregate: criteria, includes, ordering and paging
/// (our stand-in for Ardalis.Specification, docs/adr/0003). Evaluated against EF Core by
/// <c>SpecificationEvaluator</c> in Shared.Infrastructure, and in memory by <see cref="IsSatisfiedBy"/>.
/// </summary>
public abstract class Specification<T> where T : class
{
    private readonly List<Expression<Func<T, bool>>> _criteria = [];
    private readonly List<string> _includes = [];
    private readonly List<(LambdaExpression KeySelector, bool Descending)> _orderBy = [];

    public IReadOnlyList<Expression<Func<T, bool>>> Criteria => _criteria;
    public IReadOnlyList<string> Includes => _includes;
    public IReadOnlyList<(LambdaExpression KeySelector, bool Descending)> OrderBy => _orderBy;
    public int? Skip { get; private set; }
    public int? Take { get; private set; }
    public bool AsNoTracking { get; private set; }

    protected void Where(Expression<Func<T, bool>> criterion) => _criteria.Add(criterion);
    protected void Include(string navigationPath) => _includes.Add(navigationPath);
    protected void OrderByAscending<TKey>(Expression<Func<T, TKey>> key) => _orderBy.Add((key, false));
    protected void OrderByDescending<TKey>(Expression<Func<T, TKey>> key) => _orderBy.Add((key, true));
    protected void ReadOnly() => AsNoTracking = true;

    protected void Page(int pageNumber, int pageSize)
    {
        if (pageNumber < 1) throw new ArgumentOutOfRangeException(nameof(pageNumber));
        if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize));
        Skip = (pageNumber - 1) * pageSize;
        Take = pageSize;
    }

    public bool IsSatisfiedBy(T candidate) => _criteria.All(c => c.Compile()(candidate));
}
