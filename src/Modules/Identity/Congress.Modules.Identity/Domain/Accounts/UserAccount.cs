using Congress.Shared.Kernel;
using Kernel = Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Domain.Accounts;

internal readonly record struct UserAccountId(Guid Value) : ITypedId
{
    public static UserAccountId New() => new(Guid.NewGuid());
}

/// <summary>
/// A person who signs in: their roles, and the organisation whose subtree bounds what they see.
/// The password is stored only as a salted PBKDF2 hash (ASP.NET Core's PasswordHasher).
/// </summary>
internal sealed class UserAccount : AggregateRoot<UserAccountId>
{
    private UserAccount() { }

    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public string RolesText { get; private set; } = "";
    public Guid? OrganisationId { get; private set; }
    public string? ExternalSubject { get; private set; }
    public bool IsDisabled { get; private set; }

    /// <summary>The delegate this account belongs to (a delegate's tablet sign-in), which Voting reads as the voter.</summary>
    public Guid? DelegateId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<string> Roles => RolesText.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static Result<UserAccount> Create(string userName, string displayName, IReadOnlyCollection<string> roles, Guid? organisationId, string? externalSubject, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(userName)) return new Error("identity.user_name", "Tên đăng nhập là bắt buộc.");
        if (roles.Count == 0) return new Error("identity.roles", "Tài khoản phải có ít nhất một vai trò.");
        var unknown = roles.Except(Kernel.Roles.All).ToList();
        if (unknown.Count > 0) return new Error("identity.roles", $"Vai trò không hợp lệ: {string.Join(", ", unknown)}.");
        if (organisationId is null && !roles.Contains(Kernel.Roles.SystemAdmin))
            return new Error("identity.organisation", "Tài khoản (trừ quản trị hệ thống) phải gắn với một tổ chức đảng.");
        return new UserAccount
        {
            Id = UserAccountId.New(),
            UserName = userName.Trim().ToLowerInvariant(),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName.Trim() : displayName.Trim(),
            RolesText = string.Join(',', roles.Distinct()),
            OrganisationId = organisationId,
            ExternalSubject = string.IsNullOrWhiteSpace(externalSubject) ? null : externalSubject.Trim(),
            CreatedAtUtc = nowUtc,
        };
    }

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public void LinkDelegate(Guid? delegateId) => DelegateId = delegateId;
}
