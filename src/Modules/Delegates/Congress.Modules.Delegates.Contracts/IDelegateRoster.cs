namespace Congress.Modules.Delegates.Contracts;

/// <summary>One delegate as other modules see them: enough to count, greet, group and check eligibility.</summary>
/// <param name="Kind">"Official", "Alternate" or "InvitedGuest".</param>
/// <param name="CredentialsApproved">True once the credentials board has found the delegate qualified.</param>
public sealed record RosterEntry(Guid DelegateId, string Code, string FullName, string Kind, string Delegation, bool CredentialsApproved);

/// <summary>
/// The delegates summoned to a congress, read synchronously by Attendance (quorum, missing lists) and Voting
/// (eligibility). Changes are announced by the integration events in this assembly.
/// </summary>
public interface IDelegateRoster
{
    /// <summary>Every delegate of the congress, ordered by code; empty when there is no such congress.</summary>
    Task<IReadOnlyList<RosterEntry>> ListAsync(Guid congressId, CancellationToken cancellationToken);

    /// <summary>The delegate with this badge code in this congress, if any.</summary>
    Task<RosterEntry?> FindByCodeAsync(Guid congressId, string code, CancellationToken cancellationToken);

    /// <summary>The delegate with this id if they are a delegate of this congress; null otherwise.</summary>
    Task<RosterEntry?> FindAsync(Guid congressId, Guid delegateId, CancellationToken cancellationToken);
}
