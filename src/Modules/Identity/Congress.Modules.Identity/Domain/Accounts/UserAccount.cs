using System.Security.Cryptography;
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

    /// <summary>
    /// Changes whenever the account's sign-ins must end: a new password, a reset, disabling, "sign out everywhere". Every
    /// cookie and bearer token carries the stamp it was issued with and stops working once it differs from this.
    /// </summary>
    public string SecurityStamp { get; private set; } = "";

    /// <summary>Wrong passwords since the last success or the last lockout.</summary>
    public int FailedSignIns { get; private set; }

    /// <summary>Lockouts in a row since the last successful sign-in: each one lasts twice as long as the one before.</summary>
    public int LockoutLevel { get; private set; }

    public DateTime? LockedUntilUtc { get; private set; }

    /// <summary>
    /// The TOTP secret, encrypted with ASP.NET Data Protection (purpose <c>Congress.Identity.Totp.v1</c>): never the
    /// secret itself. Set by an enrolment; it counts only once <see cref="TotpActive"/>.
    /// </summary>
    public string? TotpSecretProtected { get; private set; }

    /// <summary>Whether sign-in needs a code from the authenticator app.</summary>
    public bool TotpActive { get; private set; }

    /// <summary>The last 30-second time step whose code was accepted: a code is not accepted twice.</summary>
    public long TotpLastStep { get; private set; }

    /// <summary>
    /// The roles this account holds because its delegate was elected to one of the congress's bodies (comma-separated; a
    /// subset of <see cref="RolesText"/>): only these are taken away when the body is elected again without them.
    /// </summary>
    public string ElectedRolesText { get; private set; } = "";

    public IReadOnlyList<string> Roles => RolesText.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Gives the role of a body its delegate was elected to. It counts from the next sign-in (the current token keeps the
    /// rights it had: a grant never needs a sign-out). A role the account already held otherwise stays as it was.
    /// </summary>
    public bool GrantElectedRole(string role)
    {
        if (Roles.Contains(role)) return false;
        RolesText = string.Join(',', Roles.Append(role));
        ElectedRolesText = string.Join(',', ElectedRolesText.Split(',', StringSplitOptions.RemoveEmptyEntries).Append(role));
        return true;
    }

    /// <summary>Takes back a role given by an election; the account's sign-ins end (a token that carries the role stops working).</summary>
    public bool WithdrawElectedRole(string role)
    {
        var elected = ElectedRolesText.Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (!elected.Contains(role)) return false;
        RolesText = string.Join(',', Roles.Where(r => r != role));
        ElectedRolesText = string.Join(',', elected.Where(r => r != role));
        RenewSecurityStamp();
        return true;
    }

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
            SecurityStamp = NewStamp(),
        };
    }

    /// <summary>Sets the password (at creation, by its owner, by an administrator's reset): every earlier sign-in ends and a lockout is lifted.</summary>
    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        FailedSignIns = 0;
        LockedUntilUtc = null;
        RenewSecurityStamp();
    }

    public void LinkDelegate(Guid? delegateId) => DelegateId = delegateId;

    /// <summary>No sign-in, and every session and token of the account stops working.</summary>
    public void Disable()
    {
        IsDisabled = true;
        RenewSecurityStamp();
    }

    public void Enable()
    {
        IsDisabled = false;
        FailedSignIns = 0;
        LockedUntilUtc = null;
    }

    /// <summary>Ends every cookie and bearer token issued so far.</summary>
    public void RenewSecurityStamp() => SecurityStamp = NewStamp();

    public bool IsLockedOut(DateTime nowUtc) => LockedUntilUtc is { } until && until > nowUtc;

    /// <summary>
    /// A wrong password. After <see cref="LockoutPolicy.Threshold"/> of them in a row the account is locked: the first time
    /// for <see cref="LockoutPolicy.First"/>, then twice as long each time, up to <see cref="LockoutPolicy.Longest"/>.
    /// </summary>
    /// <returns>True when this attempt locked the account.</returns>
    public bool RecordFailedSignIn(DateTime nowUtc, LockoutPolicy policy)
    {
        FailedSignIns++;
        if (FailedSignIns < policy.Threshold) return false;
        LockedUntilUtc = nowUtc + policy.Duration(LockoutLevel);
        LockoutLevel++;
        FailedSignIns = 0;
        return true;
    }

    public void RecordSuccessfulSignIn()
    {
        FailedSignIns = 0;
        LockoutLevel = 0;
        LockedUntilUtc = null;
        if (SecurityStamp.Length == 0) RenewSecurityStamp(); // an account from before stamps existed
    }

    /// <summary>The account's own enrolment: a new secret waits for one valid code (<see cref="ActivateTotp"/>).</summary>
    public void BeginTotp(string protectedSecret)
    {
        TotpSecretProtected = protectedSecret;
        TotpActive = false;
        TotpLastStep = 0;
    }

    /// <summary>The second factor becomes required; sessions opened without it end.</summary>
    public void ActivateTotp(long step)
    {
        TotpActive = true;
        TotpLastStep = step;
        RenewSecurityStamp();
    }

    /// <summary>An administrator's enrolment (handed over in person) or a lost phone: a new active secret, every session ends.</summary>
    public void ReplaceTotp(string protectedSecret)
    {
        TotpSecretProtected = protectedSecret;
        TotpActive = true;
        TotpLastStep = 0;
        RenewSecurityStamp();
    }

    public void RemoveTotp()
    {
        TotpSecretProtected = null;
        TotpActive = false;
        TotpLastStep = 0;
        RenewSecurityStamp();
    }

    /// <summary>Accepts a code's time step once: false for a step at or before the last one used (a replayed code).</summary>
    public bool UseTotpStep(long step)
    {
        if (step <= TotpLastStep) return false;
        TotpLastStep = step;
        return true;
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}

/// <summary>Per-account lockout after wrong passwords (Security:Lockout*), next to the per-address rate limit.</summary>
/// <param name="Threshold">Wrong passwords in a row that lock the account (default 5).</param>
/// <param name="First">The first lockout (default 1 minute); each next one doubles.</param>
/// <param name="Longest">No lockout lasts longer (default 1 hour).</param>
internal sealed record LockoutPolicy(int Threshold, TimeSpan First, TimeSpan Longest)
{
    public static readonly LockoutPolicy Default = new(5, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

    /// <summary>How long the lockout after <paramref name="level"/> earlier ones in a row lasts.</summary>
    public TimeSpan Duration(int level)
    {
        var duration = First;
        for (var i = 0; i < level && duration < Longest; i++) duration *= 2;
        return duration < Longest ? duration : Longest;
    }
}
