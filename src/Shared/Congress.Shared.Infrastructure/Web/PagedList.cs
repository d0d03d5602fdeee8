namespace Congress.Shared.Infrastructure.Web;

/// <summary>One page of a longer list, with the total so a client can page.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
