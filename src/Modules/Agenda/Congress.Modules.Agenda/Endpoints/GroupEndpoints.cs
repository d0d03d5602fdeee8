using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Application.Groups;
using Congress.Modules.Agenda.Application.Groups.FileGroupReport;
using Congress.Modules.Agenda.Application.Groups.ListGroupReports;
using Congress.Modules.Agenda.Application.Groups.ListGroups;
using Congress.Modules.Agenda.Application.Groups.SetGroupOfficers;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Agenda.Endpoints;

/// <summary>Discussion groups in the programme: their room, chair and secretary, and the reports their secretaries file on agenda items.</summary>
internal static class GroupEndpoints
{
    internal sealed record OfficersRequest(int Version, Guid? ChairDelegateId, Guid? SecretaryDelegateId);
    internal sealed record GroupReportRequest(int Version, string Text);

    public static void Map(RouteGroupBuilder group)
    {
        var congress = group.MapGroup("/congresses/{congressId:guid}").WithTags("Agenda discussion groups");

        congress.MapGet("/groups", async Task<Results<Ok<IReadOnlyList<GroupDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListGroupsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.ReadProgramme))
            .WithSummary("The discussion groups with room, chair, secretary and the items each has reported on (members: officials only)");

        congress.MapPut("/groups/{groupId:guid}/officers", async Task<Results<Ok<int>, ProblemHttpResult>> (Guid congressId, Guid groupId, OfficersRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetGroupOfficersCommand(congressId, groupId, body.Version, body.ChairDelegateId, body.SecretaryDelegateId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Appoint a group's chair and secretary among its members; answers the new version (stale: 409; not a member: 400)");

        congress.MapPut("/groups/{groupId:guid}/reports/{itemId:guid}", async Task<Results<Ok<GroupReportDto>, ProblemHttpResult>> (Guid congressId, Guid groupId, Guid itemId, GroupReportRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new FileGroupReportCommand(congressId, groupId, itemId, body.Version, body.Text ?? ""), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Speak))
            .WithSummary("The group's secretary files (version 0) or revises (the version read) the group's report on an item; anyone else: 403");

        congress.MapGet("/group-reports", async Task<Results<Ok<IReadOnlyList<GroupReportDto>>, ProblemHttpResult>> (Guid congressId, Guid? itemId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListGroupReportsQuery(congressId, itemId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.ReadProgramme))
            .WithSummary("The groups' reports (?itemId= one item): every group's for officials, a delegate's own group's on the tablet");
    }
}
