using Ardalis.Specification;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Shared.Infrastructure.Persistence;
using FluentAssertions;

namespace Congress.Modules.Delegates.Tests.Application;

/// <summary>Our EF evaluator of Ardalis specifications refuses what it does not translate instead of dropping it.</summary>
public sealed class SpecificationEvaluatorTests
{
    private sealed class SearchingSpecification : Specification<CongressDelegate>
    {
        public SearchingSpecification() => Query.Where(d => d.Kind == DelegateKind.Official).Search(d => d.FullName, "%Văn%");
    }

    private sealed class IncludingByExpressionSpecification : Specification<CongressDelegate>
    {
        public IncludingByExpressionSpecification() => Query.Include(d => d.FullName);
    }

    [Fact]
    public void A_search_clause_is_refused_not_silently_dropped()
    {
        var act = () => Array.Empty<CongressDelegate>().AsQueryable().WithSpecification(new SearchingSpecification());
        act.Should().Throw<NotSupportedException>().WithMessage("*Search*");
        var count = () => Array.Empty<CongressDelegate>().AsQueryable().WithCriteria(new SearchingSpecification());
        count.Should().Throw<NotSupportedException>("a count without the search would count too much");
    }

    [Fact]
    public void An_expression_include_is_refused()
    {
        var act = () => Array.Empty<CongressDelegate>().AsQueryable().WithSpecification(new IncludingByExpressionSpecification());
        act.Should().Throw<NotSupportedException>().WithMessage("*Include*");
    }
}
