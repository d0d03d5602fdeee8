using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.Accounts.CreateAccount;

internal sealed class CreateAccountCommandHandler(
    IdentityDbContext db, IPasswordHasher<UserAccount> hasher, IOrganisationDirectory organisations, ICongressAccess congresses, ICurrentUser user, IClock clock)
    : IRequestHandler<CreateAccountCommand, Result<AccountDto>>
{
    private static readonly Error DelegateNotFound = Error.NotFound("identity.delegate_not_found", "Không tìm thấy đại biểu.");

    public async Task<Result<AccountDto>> Handle(CreateAccountCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsSystemAdmin && !user.IsInRole(Roles.OrganisingCommittee)) return AdministeredAccounts.NotAnAdministrator;
        var userName = command.UserName.Trim().ToLowerInvariant();
        if (await db.Accounts.AnyAsync(a => a.UserName == userName, cancellationToken))
            return Error.Conflict("identity.user_name_taken", $"Tên đăng nhập \"{userName}\" đã được dùng.");

        Guid? organisationId = null;
        if (!string.IsNullOrWhiteSpace(command.OrganisationCode))
        {
            organisationId = await organisations.FindByCodeAsync(command.OrganisationCode.Trim(), cancellationToken);
            var inScope = organisationId is { } id && (user.IsSystemAdmin || (user.OrganisationId is { } root && await organisations.IsWithinAsync(root, id, cancellationToken)));
            if (!inScope) return Error.NotFound("identity.organisation", $"Không tìm thấy tổ chức đảng mã \"{command.OrganisationCode}\".");
        }
        if (command.Roles.Contains(Roles.SystemAdmin) && !user.IsSystemAdmin)
            return Error.Forbidden("identity.roles", "Chỉ quản trị hệ thống được tạo tài khoản quản trị.");

        if (command.DelegateId is { } delegateId)
        {
            var linked = await DelegateOrganisationAsync(delegateId, command, organisationId, cancellationToken);
            if (linked.IsFailure) return linked.Error!;
            organisationId = linked.Value;
        }

        var created = UserAccount.Create(userName, command.DisplayName, command.Roles, organisationId, command.ExternalSubject, clock.UtcNow);
        if (created.IsFailure) return created.Error!;
        created.Value.SetPasswordHash(hasher.HashPassword(created.Value, command.Password));
        created.Value.LinkDelegate(command.DelegateId);
        db.Accounts.Add(created.Value);
        return AccountMapping.ToDto(created.Value);
    }

    /// <summary>
    /// A delegate's account votes in the delegate's name, so it may be made only for a delegate the caller may read (a
    /// congress of their subtree; anything else is "not found"), only one per delegate, only with the delegate role, and
    /// it belongs to the organisation that holds that congress.
    /// </summary>
    /// <returns>The organisation of the account.</returns>
    private async Task<Result<Guid>> DelegateOrganisationAsync(Guid delegateId, CreateAccountCommand command, Guid? requestedOrganisation, CancellationToken cancellationToken)
    {
        if (await organisations.DelegateCongressAsync(delegateId, cancellationToken) is not { } congressId
            || !await congresses.CanAccessAsync(congressId, cancellationToken)
            || await organisations.CongressOrganisationAsync(congressId, cancellationToken) is not { } congressOrganisation)
            return DelegateNotFound;
        if (command.Roles.Count != 1 || command.Roles[0] != Roles.Delegate)
            return new Error("identity.delegate_roles", "Tài khoản gắn với đại biểu chỉ mang vai trò Đại biểu.");
        if (requestedOrganisation is { } requested && requested != congressOrganisation)
            return new Error("identity.delegate_organisation", "Tài khoản của đại biểu phải thuộc tổ chức đảng tổ chức đại hội của đại biểu đó.");
        if (await db.Accounts.AnyAsync(a => a.DelegateId == delegateId, cancellationToken))
            return Error.Conflict("identity.delegate_taken", "Đại biểu này đã có tài khoản.");
        return congressOrganisation;
    }
}
