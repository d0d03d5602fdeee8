using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Progress.UpdateProgress;

/// <summary>
/// The organisation's officials enter its congress's plan, stages and results (the whole report: what is left empty is
/// cleared, except figures the platform filled). <paramref name="ExpectedVersion"/> is the version they read (0 for
/// the first entry); a stale one is refused (409). Scope: the organisation must be in the caller's subtree (404
/// otherwise) AND be the caller's own (403 otherwise; see CaptureScope). Not an <c>ICommand</c> with a unit of work of its
/// own: the <see cref="ProgressWriter"/> commits it with the updates that arrived at the same moment and audits each with
/// its official as the actor.
/// </summary>
internal sealed record UpdateProgressCommand(
    Guid OrganisationId, int ExpectedVersion,
    DateOnly? PlannedPreparatoryOn = null, DateOnly? PlannedCongressOn = null,
    DateOnly? DocumentsDraftedOn = null, DateOnly? PersonnelPlanApprovedOn = null, DateOnly? PreparatorySessionOn = null,
    DateOnly? CongressHeldOn = null, DateOnly? ResultsApprovedOn = null,
    int? DelegatesSummoned = null, int? DelegatesPresent = null,
    int? CommitteeSeats = null, int? CommitteeElected = null, string? SecretaryName = null, IReadOnlyList<string>? DeputyNames = null,
    int? HigherDelegateSeats = null, int? HigherDelegatesElected = null, IReadOnlyList<ElectedEntry>? Elected = null)
    : IRequest<Result<ProgressReportDto>>, IAuthorisedRequest
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Capture, AccessScope.Organisation(OrganisationId));

    public ProgressEntry ToEntry() => new(PlannedPreparatoryOn, PlannedCongressOn, DocumentsDraftedOn, PersonnelPlanApprovedOn, PreparatorySessionOn,
        CongressHeldOn, ResultsApprovedOn, DelegatesSummoned, DelegatesPresent, CommitteeSeats, CommitteeElected, SecretaryName, DeputyNames ?? [],
        HigherDelegateSeats, HigherDelegatesElected, Elected ?? []);
}
