using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Application.Decisions;
using Congress.Modules.Agenda.Application.Decisions.ListBodies;
using Congress.Modules.Agenda.Application.Decisions.RecordItemDecision;
using Congress.Modules.Agenda.Application.Decisions.RequestItemPoll;
using Congress.Modules.Agenda.Application.Programme;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Agenda.Endpoints;

/// <summary>Vote and election items bound to Voting, decisions by hand, and the congress's elected bodies.</summary>
internal static class DecisionEndpoints
{
    internal sealed record PollRequest(string Visibility, string? Body, int Seats, IReadOnlyList<string>? Candidates);
    internal sealed record DecisionRequest(bool Passed, string? Body, IReadOnlyList<string>? Elected);

    public static void Map(RouteGroupBuilder group)
    {
        var congress = group.MapGroup("/congresses/{congressId:guid}").WithTags("Agenda decisions");

        congress.MapPost("/items/{itemId:guid}/poll", async Task<Results<Ok<Guid>, ProblemHttpResult>> (Guid congressId, Guid itemId, PollRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RequestItemPollCommand(congressId, itemId, body.Visibility, body.Body ?? "None", body.Seats, body.Candidates), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Ask Voting for the item's poll, prefilled from it; answers the poll's id (the draft appears in Voting a moment later)");

        congress.MapPost("/items/{itemId:guid}/decision", async Task<Results<Ok<ItemDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, DecisionRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordItemDecisionCommand(congressId, itemId, body.Passed, body.Body ?? "None", body.Elected), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Record the outcome of a show of hands taken outside the system");

        congress.MapGet("/bodies", async Task<Results<Ok<IReadOnlyList<BodyMemberDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListBodiesQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.ReadProgramme))
            .WithSummary("The congress's presidium, secretariat and credentials board as elected");
    }
}
