using System.Security.Claims;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.Accounts.SignIn;

internal sealed class ExternalSignInQueryHandler(IdentityDbContext db) : IRequestHandler<ExternalSignInQuery, Result<ClaimsPrincipal>>
{
    public async Task<Result<ClaimsPrincipal>> Handle(ExternalSignInQuery query, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ExternalSubject == query.Subject, cancellationToken);
        return account is null || account.IsDisabled
            ? Error.Forbidden("identity.external", "Tài khoản định danh điện tử này chưa được gắn với tài khoản nào của hệ thống.")
            : AccountMapping.ToPrincipal(account, query.AuthenticationType);
    }
}
