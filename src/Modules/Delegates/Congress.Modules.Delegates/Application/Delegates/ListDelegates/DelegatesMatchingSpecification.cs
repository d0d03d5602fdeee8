using Ardalis.Specification;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Delegates.ListDelegates;

/// <summary>The delegates of a congress that match a list's search and filters, ordered by code, one page, as DTOs
/// (projected in SQL: only the DTO's columns are read).</summary>
internal sealed class DelegatesMatchingSpecification : Specification<CongressDelegate, DelegateDto>
{
    public DelegatesMatchingSpecification(CongressId congressId, ListDelegatesQuery query)
    {
        Query.Where(d => d.CongressId == congressId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var folded = VietnameseText.Fold(term);
            Query.Where(d => d.SearchName.Contains(folded) || d.Code == term);
        }
        if (query.Kind is not null)
        {
            var kind = Enum.Parse<DelegateKind>(query.Kind, true);
            Query.Where(d => d.Kind == kind);
        }
        if (query.CredentialsStatus is not null)
        {
            var status = Enum.Parse<CredentialsStatus>(query.CredentialsStatus, true);
            Query.Where(d => d.CredentialsStatus == status);
        }
        if (query.DiscussionGroupId is { } groupId)
        {
            var group = new DiscussionGroupId(groupId);
            Query.Where(d => d.DiscussionGroupId == group);
        }
        if (!string.IsNullOrWhiteSpace(query.Delegation))
        {
            var delegation = query.Delegation.Trim();
            Query.Where(d => d.Delegation == delegation);
        }
        Query.OrderBy(d => d.Code)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .AsNoTracking();
        Query.Select(DelegateDto.Projection);
    }
}
