using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Application.Gates;
using Congress.Modules.Attendance.Application.Gates.ListGates;
using Congress.Modules.Attendance.Application.Reconciliation.ListFindings;
using Congress.Modules.Attendance.Application.Reconciliation.ReconcileAttendance;
using Congress.Modules.Attendance.Application.RollCall.GetPresenceHistory;
using Congress.Modules.Attendance.Application.RollCall.GetRollCall;
using Congress.Modules.Attendance.Application.RollCall.SetQuorumRule;
using Congress.Modules.Attendance.Application.Sessions;
using Congress.Modules.Attendance.Application.Sessions.CloseSession;
using Congress.Modules.Attendance.Application.Sessions.ListSessions;
using Congress.Modules.Attendance.Application.Sessions.OpenSession;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Attendance.Endpoints;

/// <summary>The secretariat's side: sessions, the entrance cameras, the live roll call and quorum, a delegate's history, the quorum rule, reconciliation.</summary>
internal static class SessionEndpoints
{
    internal sealed record OpenSessionRequest(string Name, string Kind);
    internal sealed record QuorumRuleRequest(int Numerator, int Denominator, bool Strict);

    public static void Map(RouteGroupBuilder group)
    {
        var sessions = group.MapGroup("/").WithTags("Attendance sessions");

        sessions.MapGet("/congresses/{congressId:guid}/sessions", async Task<Results<Ok<IReadOnlyList<SessionDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListSessionsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Read))
            .WithSummary("The sessions of a congress, oldest first");

        sessions.MapGet("/congresses/{congressId:guid}/gates", async Task<Results<Ok<IReadOnlyList<GateStatus>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListGatesQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Read))
            .WithSummary("The entrance cameras admitting to this congress: state (Connected, NoSignal, WaitingForSession, Unavailable), last frame, check-ins");

        sessions.MapPost("/congresses/{congressId:guid}/sessions", async Task<Results<Ok<SessionDto>, ProblemHttpResult>> (Guid congressId, OpenSessionRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new OpenSessionCommand(congressId, body.Name, body.Kind), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Manage))
            .WithSummary("Open a session (Preparatory, Official or Other): the roll call starts; one open session per congress");

        sessions.MapPost("/congresses/{congressId:guid}/sessions/close", async Task<Results<Ok<SessionDto>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CloseSessionCommand(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Manage))
            .WithSummary("Close the congress's open session");

        sessions.MapGet("/congresses/{congressId:guid}/roll-call", async Task<Results<Ok<RollCallDto>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetRollCallQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Read))
            .WithSummary("Live roll call: present against summoned, the quorum, who is missing by delegation, the latest scans");

        sessions.MapGet("/congresses/{congressId:guid}/delegates/{delegateId:guid}/presence", async Task<Results<Ok<IReadOnlyList<PresenceLineDto>>, ProblemHttpResult>> (Guid congressId, Guid delegateId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPresenceHistoryQuery(congressId, delegateId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Read))
            .WithSummary("A delegate's entries and exits across the congress's sessions");

        sessions.MapPut("/congresses/{congressId:guid}/quorum-rule", async Task<Results<Ok<string>, ProblemHttpResult>> (Guid congressId, QuorumRuleRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetQuorumRuleCommand(congressId, body.Numerator, body.Denominator, body.Strict), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Manage))
            .WithSummary("Set the congress's quorum rule (default: more than 2/3 of the summoned official delegates)");

        sessions.MapPost("/congresses/{congressId:guid}/reconciliation", async Task<Results<Ok<int>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReconcileAttendanceCommand(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Manage))
            .WithSummary("Run the reconciliation now (it also runs periodically); answers the number of findings");

        sessions.MapGet("/congresses/{congressId:guid}/reconciliation", async Task<Results<Ok<IReadOnlyList<FindingDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListFindingsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Read))
            .WithSummary("The findings of the last reconciliation");
    }
}
