using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Application.Congresses;
using Congress.Modules.Delegates.Application.Congresses.GetCongress;
using Congress.Modules.Delegates.Application.Congresses.ListCongresses;
using Congress.Modules.Delegates.Application.Congresses.ScheduleCongress;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Delegates.Endpoints;

internal static class CongressEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        var congresses = group.MapGroup("/congresses").WithTags("Congresses");

        congresses.MapGet("/", async Task<Ok<IReadOnlyList<CongressDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCongressesQuery(), ct)))
            .WithSummary("Congresses of the caller's subtree");

        congresses.MapGet("/{congressId:guid}", async Task<Results<Ok<CongressDetailDto>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCongressQuery(congressId), ct)).ToOk())
            .WithSummary("A congress with its delegate counts");

        congresses.MapPost("/", async Task<Results<Created<CongressDto>, ProblemHttpResult>> (ScheduleCongressCommand command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated(c => $"/api/delegates/congresses/{c.Id}"))
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageStructure))
            .WithSummary("Schedule a congress of an organisation for a term");
    }
}
