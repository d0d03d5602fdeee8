using Congress.Shared.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Security;

/// <summary>
/// Checks a request's declared <see cref="RequestAccess"/> against the caller: first the roles (403), then the scope
/// against the caller's subtree (404, the same answer as for something that does not exist, so nothing of another
/// subtree is revealed).
/// </summary>
public sealed class RequestAuthoriser(ICurrentUser user, IServiceProvider services)
{
    public static readonly Error SignInRequired = Error.Forbidden("access.sign_in_required", "Cần đăng nhập.");
    public static readonly Error RoleRefused = Error.Forbidden("access.forbidden", "Bạn không có quyền thực hiện thao tác này.");
    public static readonly Error NotADelegate = Error.Forbidden("access.not_a_delegate", "Chỉ tài khoản của đại biểu mới thực hiện được thao tác này.");
    public static readonly Error NotFound = Error.NotFound("access.not_found", "Không tìm thấy.");
    public static readonly Error CongressNotFound = Error.NotFound(NotFound.Code, "Không tìm thấy đại hội.");
    public static readonly Error OrganisationNotFound = Error.NotFound(NotFound.Code, "Không tìm thấy tổ chức đảng.");

    /// <returns>Null when the caller may send the request; otherwise why not.</returns>
    public async Task<Error?> CheckAsync(RequestAccess access, CancellationToken cancellationToken)
    {
        if (access.Scope is AccessScope.AnyoneScope) return null;
        if (!user.IsAuthenticated) return SignInRequired;
        if (!HasAnyRole(access.Roles)) return RoleRefused;

        var subtree = services.GetRequiredService<ISubtreeAccess>();
        return access.Scope switch
        {
            AccessScope.CongressScope congress =>
                await subtree.IncludesCongressAsync(congress.CongressId, cancellationToken) ? null : CongressNotFound,
            AccessScope.OrganisationScope organisation =>
                await subtree.IncludesOrganisationAsync(organisation.OrganisationId, cancellationToken) ? null : OrganisationNotFound,
            AccessScope.ResourceScope resource =>
                await services.GetRequiredKeyedService<IResourceLocator>(resource.Kind).CongressOfAsync(resource.Id, cancellationToken) is { } congressId
                && await subtree.IncludesCongressAsync(congressId, cancellationToken) ? null : NotFound,
            AccessScope.OwnDelegateScope => user.DelegateId is null ? NotADelegate : null,
            AccessScope.CallerSubtreeScope => null,
            _ => throw new InvalidOperationException($"Unknown scope {access.Scope}"),
        };
    }

    /// <summary>Whether the caller holds one of <paramref name="roles"/>: what a portal page asks before it shows a button.</summary>
    public bool HasAnyRole(IReadOnlyList<string> roles)
    {
        foreach (var role in roles)
            if (user.IsInRole(role)) return true;
        return false;
    }
}
