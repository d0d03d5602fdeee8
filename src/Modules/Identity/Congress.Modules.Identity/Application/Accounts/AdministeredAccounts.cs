using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.Accounts;

/// <summary>
/// The accounts a caller may administer (reset, disable, enable, end sessions): every one for a system administrator; for
/// an organising committee those of its own subtree, never a system administrator's. Any other account is "not found",
/// as if it did not exist.
/// </summary>
internal sealed class AdministeredAccounts(IdentityDbContext db, IOrganisationDirectory organisations, ICurrentUser user)
{
    public static readonly Error NotFound = Error.NotFound("identity.account_not_found", "Không tìm thấy tài khoản.");
    public static readonly Error NotAnAdministrator = Error.Forbidden("identity.forbidden", "Chỉ quản trị hệ thống và Ban Tổ chức được quản lý tài khoản.");

    /// <summary>The caller's own enabled account — always the caller's, never one named in a request.</summary>
    public async Task<Result<UserAccount>> OwnAsync(CancellationToken cancellationToken)
    {
        if (user.UserId is not { } accountId) return Error.Forbidden("identity.sign_in_required", "Cần đăng nhập.");
        var id = new UserAccountId(accountId);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is null || account.IsDisabled ? NotFound : account;
    }

    public async Task<Result<UserAccount>> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        if (!user.IsSystemAdmin && !user.IsInRole(Roles.OrganisingCommittee)) return NotAnAdministrator;
        var id = new UserAccountId(accountId);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null) return NotFound;
        if (user.IsSystemAdmin) return account;
        if (account.Roles.Contains(Roles.SystemAdmin)) return NotFound;
        return account.OrganisationId is { } organisation && user.OrganisationId is { } root
            && await organisations.IsWithinAsync(root, organisation, cancellationToken)
            ? account
            : NotFound;
    }
}
