using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Delegates.ListDelegates;

/// <summary>The delegates of a congress that match a list's search and filters, ordered by code, one page.</summary>
internal sealed class DelegatesMatchingSpecification : Specification<CongressDelegate>
{
    public DelegatesMatchingSpecification(CongressId congressId, ListDelegatesQuery query)
    {
        Where(d => d.CongressId == congressId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var folded = VietnameseText.Fold(term);
            Where(d => d.SearchName.Contains(folded) || d.Code == term);
        }
        if (query.Kind is not null)
        {
            var kind = Enum.Parse<DelegateKind>(query.Kind, true);
            Where(d => d.Kind == kind);
        }
        if (query.CredentialsStatus is not null)
        {
            var status = Enum.Parse<CredentialsStatus>(query.CredentialsStatus, true);
            Where(d => d.CredentialsStatus == status);
        }
        if (query.DiscussionGroupId is { } groupId)
        {
            var group = new DiscussionGroupId(groupId);
            Where(d => d.DiscussionGroupId == group);
        }
        if (!string.IsNullOrWhiteSpace(query.Delegation))
        {
            var delegation = query.Delegation.Trim();
            Where(d => d.Delegation == delegation);
        }
        OrderByAscending(d => d.Code);
        Page(query.Page, query.PageSize);
        ReadOnly();
    }
}
