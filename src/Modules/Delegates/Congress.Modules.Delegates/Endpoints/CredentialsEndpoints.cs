using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Application.Credentials.ApproveCredentials;
using Congress.Modules.Delegates.Application.Credentials.GetCredentialsReport;
using Congress.Modules.Delegates.Application.Credentials.RejectCredentials;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Delegates.Endpoints;

internal static class CredentialsEndpoints
{
    internal sealed record RejectCredentialsRequest(string Reason);

    public static void Map(RouteGroupBuilder group)
    {
        var credentials = group.MapGroup("/").WithTags("Credentials");

        credentials.MapPost("/delegates/{delegateId:guid}/credentials/approve", async Task<Results<NoContent, ProblemHttpResult>> (Guid delegateId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ApproveCredentialsCommand(delegateId), ct)).ToNoContent())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ReviewCredentials))
            .WithSummary("The credentials board approves a delegate's credentials");

        credentials.MapPost("/delegates/{delegateId:guid}/credentials/reject", async Task<Results<NoContent, ProblemHttpResult>> (
                Guid delegateId, RejectCredentialsRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RejectCredentialsCommand(delegateId, body.Reason), ct)).ToNoContent())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ReviewCredentials))
            .WithSummary("The credentials board rejects (or revokes) a delegate's credentials, with its reason");

        credentials.MapGet("/congresses/{congressId:guid}/credentials-report", async Task<Results<Ok<CredentialsReportDto>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCredentialsReportQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ReadDelegates))
            .WithSummary("The credentials board's report of qualified delegates");
    }
}
