using System.Security.Claims;
using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.Accounts.SignIn;

internal sealed class SignInQueryHandler(IdentityDbContext db, IPasswordHasher<UserAccount> hasher)
    : IRequestHandler<SignInQuery, Result<ClaimsPrincipal>>
{
    private static readonly Error Refused = new("identity.sign_in", "Tên đăng nhập hoặc mật khẩu không đúng.");

    public async Task<Result<ClaimsPrincipal>> Handle(SignInQuery query, CancellationToken cancellationToken)
    {
        var userName = (query.UserName ?? "").Trim().ToLowerInvariant();
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        if (account is null || account.IsDisabled) return Refused;
        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, query.Password ?? "");
        return verdict == PasswordVerificationResult.Failed ? Refused : AccountMapping.ToPrincipal(account, query.AuthenticationType);
    }
}
