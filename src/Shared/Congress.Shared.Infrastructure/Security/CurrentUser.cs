using Congress.Shared.Kernel;

namespace Congress.Shared.Infrastructure.Security;

/// <summary>
/// Who is calling. <see cref="OrganisationId"/> is the root of the caller's subtree: an official sees and
/// changes only that organisation and the ones below it. A system administrator has no such limit.
/// </summary>
public interface ICurrentUser
{
    /// <summary>False for a request that came without a sign-in; a job or a command-line verb is the system, signed in.</summary>
    bool IsAuthenticated { get; }

    Guid? UserId { get; }
    string UserName { get; }
    Guid? OrganisationId { get; }

    /// <summary>The delegate the caller is, when they sign in on a delegate's account.</summary>
    Guid? DelegateId { get; }

    bool IsInRole(string role);
    bool IsSystemAdmin => IsInRole(Roles.SystemAdmin);

    /// <summary>How the audit trail names this caller.</summary>
    string AuditName => UserId is { } id ? $"{UserName} ({id})" : UserName;
}

/// <summary>The caller of a background job or a command-line verb.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    public bool IsAuthenticated => true;
    public Guid? UserId => null;
    public string UserName => "system";
    public Guid? OrganisationId => null;
    public Guid? DelegateId => null;
    public bool IsInRole(string role) => role == Roles.SystemAdmin;
}

/// <summary>Named rate-limit policies the host defines and modules use.</summary>
public static class RateLimits
{
    /// <summary>Sign-in attempts per client address per minute (Security:LoginAttemptsPerMinute, default 10).</summary>
    public const string Login = "login";

    /// <summary>
    /// Write transactions of one module that queue on its lock anyway (SQLite's one writer, the audit chain's lock): let a
    /// few run and the rest wait in line here, instead of hundreds waiting inside the server behind the holder's turn.
    /// </summary>
    public const string QueuedWrites = "queued-writes";
}
