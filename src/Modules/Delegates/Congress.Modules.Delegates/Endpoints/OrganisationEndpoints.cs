using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Application.Organisations;
using Congress.Modules.Delegates.Application.Organisations.CreateOrganisation;
using Congress.Modules.Delegates.Application.Organisations.GetOrganisationTree;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Delegates.Endpoints;

internal static class OrganisationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        var organisations = group.MapGroup("/organisations").WithTags("Organisations");

        organisations.MapGet("/", async Task<Ok<IReadOnlyList<OrganisationDto>>> (string? search, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOrganisationTreeQuery(search), ct)))
            .WithSummary("The caller's subtree of the party-organisation tree");

        organisations.MapPost("/", async Task<Results<Created<OrganisationDto>, ProblemHttpResult>> (CreateOrganisationCommand command, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(command, ct)).ToCreated(o => $"/api/delegates/organisations/{o.Id}"))
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageStructure))
            .WithSummary("Add an organisation below one in the caller's subtree");
    }
}
