using Congress.Shared.Infrastructure.Messaging;

namespace Congress.Modules.Identity.Application.Accounts.ListAccounts;

internal sealed record ListAccountsQuery : IQuery<IReadOnlyList<AccountDto>>;
