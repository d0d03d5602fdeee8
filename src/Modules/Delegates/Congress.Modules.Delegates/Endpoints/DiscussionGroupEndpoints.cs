using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Application.DiscussionGroups;
using Congress.Modules.Delegates.Application.DiscussionGroups.AssignDelegateToGroup;
using Congress.Modules.Delegates.Application.DiscussionGroups.CreateDiscussionGroup;
using Congress.Modules.Delegates.Application.DiscussionGroups.DistributeDelegates;
using Congress.Modules.Delegates.Application.DiscussionGroups.ListDiscussionGroups;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Delegates.Endpoints;

internal static class DiscussionGroupEndpoints
{
    internal sealed record CreateGroupRequest(int Number, string Name, string? Location);
    internal sealed record DistributeRequest(int GroupCount);
    internal sealed record AssignGroupRequest(Guid GroupId);

    public static void Map(RouteGroupBuilder group)
    {
        var groups = group.MapGroup("/").WithTags("Discussion groups");

        groups.MapGet("/congresses/{congressId:guid}/groups", async Task<Results<Ok<IReadOnlyList<DiscussionGroupDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListDiscussionGroupsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ReadDelegates))
            .WithSummary("Discussion groups with their members and delegations");

        groups.MapPost("/congresses/{congressId:guid}/groups", async Task<Results<Created<Guid>, ProblemHttpResult>> (Guid congressId, CreateGroupRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreateDiscussionGroupCommand(congressId, body.Number, body.Name, body.Location), ct)).ToCreated(id => $"/api/delegates/congresses/{congressId}/groups/{id}"))
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageGroups))
            .WithSummary("Add a discussion group");

        groups.MapPost("/congresses/{congressId:guid}/groups/distribute", async Task<Results<Ok<IReadOnlyList<DiscussionGroupDto>>, ProblemHttpResult>> (Guid congressId, DistributeRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DistributeDelegatesCommand(congressId, body.GroupCount), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageGroups))
            .WithSummary("Divide delegates into groups, balanced and keeping delegations together");

        groups.MapPut("/delegates/{delegateId:guid}/group", async Task<Results<NoContent, ProblemHttpResult>> (Guid delegateId, AssignGroupRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AssignDelegateToGroupCommand(delegateId, body.GroupId), ct)).ToNoContent())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageGroups))
            .WithSummary("Move a delegate to another group by hand");
    }
}
