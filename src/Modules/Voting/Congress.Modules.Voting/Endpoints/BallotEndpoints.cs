using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots.CastBallot;
using Congress.Modules.Voting.Application.Ballots.ListMyBallots;
using Congress.Modules.Voting.Application.Polls.GetBallotList;
using Congress.Modules.Voting.Application.Presence.SetManualPresence;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Voting.Endpoints;

/// <summary>The delegate's side: cast a ballot, check it in the published list; and presence kept by hand.</summary>
internal static class BallotEndpoints
{
    internal sealed record CastBallotBody(Guid BallotId, IReadOnlyList<string> Selections);
    internal sealed record PresenceRequest(IReadOnlyList<Guid> DelegateIds, bool Present);

    public static void Map(RouteGroupBuilder group)
    {
        var ballots = group.MapGroup("/").WithTags("Ballots");

        ballots.MapPost("/polls/{pollId:guid}/ballots", async Task<Results<Ok<BallotReceiptDto>, ProblemHttpResult>> (Guid pollId, CastBallotBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CastBallotCommand(pollId, body.BallotId, body.Selections), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.Cast))
            .WithSummary("Cast the signed-in delegate's ballot; resending the same ballot id is recognised, not counted twice");

        ballots.MapGet("/congresses/{congressId:guid}/my-ballots", async Task<Results<Ok<IReadOnlyList<MyBallotDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMyBallotsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.Cast))
            .WithSummary("The signed-in delegate's tablet: the polls taking ballots now, and whether this delegate has voted in each");

        ballots.MapGet("/polls/{pollId:guid}/ballots", async Task<Results<Ok<IReadOnlyList<BallotListEntryDto>>, ProblemHttpResult>> (Guid pollId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetBallotListQuery(pollId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ReadPolls))
            .WithSummary("The ballot list with receipts, once the result is published");

        ballots.MapPut("/congresses/{congressId:guid}/presence", async Task<Results<Ok<int>, ProblemHttpResult>> (Guid congressId, PresenceRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetManualPresenceCommand(congressId, body.DelegateIds ?? [], body.Present), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Mark delegates present or absent by hand (when no roll call runs); answers the number present");
    }
}
