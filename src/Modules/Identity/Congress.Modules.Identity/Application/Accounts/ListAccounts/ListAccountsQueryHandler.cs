using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.Accounts.ListAccounts;

/// <summary>Accounts the caller may see: all for a system administrator, else those of their subtree.</summary>
internal sealed class ListAccountsQueryHandler(IdentityDbContext db, IOrganisationDirectory organisations, ICurrentUser user)
    : IRequestHandler<ListAccountsQuery, IReadOnlyList<AccountDto>>
{
    public async Task<IReadOnlyList<AccountDto>> Handle(ListAccountsQuery query, CancellationToken cancellationToken)
    {
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(cancellationToken);
        if (user.IsSystemAdmin) return accounts.Select(AccountMapping.ToDto).ToList();
        if (user.OrganisationId is not { } root) return [];
        var visible = new List<AccountDto>();
        foreach (var account in accounts.Where(a => a.OrganisationId is not null))
            if (await organisations.IsWithinAsync(root, account.OrganisationId!.Value, cancellationToken)) visible.Add(AccountMapping.ToDto(account));
        return visible;
    }
}
