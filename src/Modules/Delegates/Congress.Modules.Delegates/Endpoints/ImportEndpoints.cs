using Congress.Modules.Delegates.Application.Access;
using System.Text;
using Congress.Modules.Delegates.Application.Imports;
using Congress.Modules.Delegates.Application.Imports.CommitDelegateImport;
using Congress.Modules.Delegates.Application.Imports.ExportDelegates;
using Congress.Modules.Delegates.Application.Imports.GetDelegateImport;
using Congress.Modules.Delegates.Application.Imports.PreviewDelegateImport;
using Congress.Shared.Infrastructure.Web;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Delegates.Endpoints;

internal static class ImportEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        var imports = group.MapGroup("/").WithTags("Import and export");

        imports.MapPost("/congresses/{congressId:guid}/imports", async Task<Results<Created<DelegateImportDto>, ProblemHttpResult>> (
                Guid congressId, IFormFile file, IMediator mediator, CancellationToken ct) =>
            {
                if (file.Length > DelegateCsv.MaxBytes)
                    return new Error("delegates.import.too_large", $"Tệp quá lớn (tối đa {DelegateCsv.MaxBytes / 1024 / 1024} MB).").ToProblem();
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                return (await mediator.Send(new PreviewDelegateImportCommand(congressId, file.FileName, buffer.ToArray()), ct))
                    .ToCreated(i => $"/api/delegates/imports/{i.Id}");
            })
            .DisableAntiforgery()
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageDelegates))
            .WithSummary("Upload a delegates CSV (UTF-8, comma-separated): checked row by row, nothing written yet");

        imports.MapGet("/imports/{importId:guid}", async Task<Results<Ok<DelegateImportDto>, ProblemHttpResult>> (Guid importId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetDelegateImportQuery(importId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageDelegates))
            .WithSummary("An import's check results, status and progress");

        imports.MapPost("/imports/{importId:guid}/commit", async Task<Results<Ok<DelegateImportDto>, ProblemHttpResult>> (Guid importId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CommitDelegateImportCommand(importId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ManageDelegates))
            .WithSummary("Write an error-free import: all rows or none (large files in the background)");

        imports.MapGet("/congresses/{congressId:guid}/delegates.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
            {
                var csv = await mediator.Send(new ExportDelegatesQuery(congressId), ct);
                return csv.IsFailure
                    ? csv.Error!.ToProblem()
                    : TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Value)).ToArray(), "text/csv; charset=utf-8", "dai-bieu.csv");
            })
            .RequireAuthorization(p => p.RequireRole(DelegatesRoles.ReadDelegates))
            .WithSummary("Export delegates as CSV (the import format)");
    }
}
