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
    IdentityDbContext db, IPasswordHasher<UserAccount> hasher, IOrganisationDirectory organisations, ICurrentUser user, IClock clock)
    : IRequestHandler<CreateAccountCommand, Result<AccountDto>>
{
    public async Task<Result<AccountDto>> Handle(CreateAccountCommand command, CancellationToken cancellationToken)
    {
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

        var created = UserAccount.Create(userName, command.DisplayName, command.Roles, organisationId, command.ExternalSubject, clock.UtcNow);
        if (created.IsFailure) return created.Error!;
        created.Value.SetPasswordHash(hasher.HashPassword(created.Value, command.Password));
        created.Value.LinkDelegate(command.DelegateId);
        db.Accounts.Add(created.Value);
        return AccountMapping.ToDto(created.Value);
    }
}
