using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Application.Delegates;
using Congress.Modules.Delegates.Application.Delegates.GetDelegate;
using Congress.Modules.Delegates.Application.Delegates.ListDelegates;
using Congress.Modules.Delegates.Application.Delegates.RegisterDelegate;
using Congress.Modules.Delegates.Application.Delegates.UpdateDelegate;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Delegates.Endpoints;

internal static class DelegateEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        var delegates = group.MapGroup("/").WithTags("Delegates");

        delegates.MapGet("/congresses/{congressId:guid}/delegates", async Task<Results<Ok<PagedList<DelegateDto>>, ProblemHttpResult>> (
                Guid congressId, string? search, string? kind, string? credentialsStatus, Guid? discussionGroupId, string? delegation,
                int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListDelegatesQuery(congressId, search, kind, credentialsStatus, discussionGroupId, delegation, page ?? 1, pageSize ?? 50), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ReadDelegates))
            .WithSummary("Delegates of a congress: search by name (diacritics ignored) or code, filter, page");

        delegates.MapPost("/congresses/{congressId:guid}/delegates", async Task<Results<Created<DelegateDto>, ProblemHttpResult>> (
                Guid congressId, DelegateInput body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RegisterDelegateCommand(congressId, body), ct)).ToCreated(d => $"/api/delegates/delegates/{d.Id}"))
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageDelegates))
            .WithSummary("Register a delegate");

        delegates.MapGet("/delegates/{delegateId:guid}", async Task<Results<Ok<DelegateDto>, ProblemHttpResult>> (Guid delegateId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetDelegateQuery(delegateId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ReadDelegates))
            .WithSummary("One delegate");

        delegates.MapPut("/delegates/{delegateId:guid}", async Task<Results<Ok<DelegateDto>, ProblemHttpResult>> (
                Guid delegateId, DelegateInput body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateDelegateCommand(delegateId, body), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageDelegates))
            .WithSummary("Edit a delegate");
    }
}
