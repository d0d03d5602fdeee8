using Congress.Shared.Contracts;

namespace Congress.Modules.Attendance.Contracts;

/// <param name="Method">"Face", "QrBadge" or "Manual".</param>
public sealed record DelegateCheckedInIntegrationEvent(
    Guid CongressId, Guid SessionId, Guid DelegateId, string Method, DateTime AtUtc) : IntegrationEvent;

public sealed record DelegateCheckedOutIntegrationEvent(
    Guid CongressId, Guid SessionId, Guid DelegateId, string Method, DateTime AtUtc) : IntegrationEvent;

/// <summary>Who is in the hall now, read synchronously by Voting to snapshot eligibility when a poll opens and closes.</summary>
public interface IAttendanceRegister
{
    /// <summary>
    /// The delegates inside the hall in the congress's open session (checked in and not checked out since);
    /// null when no session of the congress is open, so a caller can tell "nobody present" from "no roll call".
    /// </summary>
    Task<IReadOnlySet<Guid>?> PresentDelegateIdsAsync(Guid congressId, CancellationToken cancellationToken);
}
