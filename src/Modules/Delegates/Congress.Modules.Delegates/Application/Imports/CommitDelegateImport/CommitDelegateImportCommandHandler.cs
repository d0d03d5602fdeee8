using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Delegates.Application.Imports.CommitDelegateImport;

internal sealed class CommitDelegateImportCommandHandler(DelegatesDbContext db, DelegateImports imports, IJobScheduler jobs)
    : IRequestHandler<CommitDelegateImportCommand, Result<DelegateImportDto>>
{
    /// <summary>Files up to this many rows are written within the request.</summary>
    public const int InlineRowLimit = 300;

    public async Task<Result<DelegateImportDto>> Handle(CommitDelegateImportCommand command, CancellationToken cancellationToken)
    {
        var found = await imports.FindAsync(command.ImportId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var import = found.Value;
        var started = import.StartCommit();
        if (started.IsFailure) return started.Error!;

        if (!command.Inline && import.TotalRows > InlineRowLimit)
        {
            var importId = import.Id.Value;
            db.AfterCommit(ct => jobs.EnqueueAsync<CommitDelegateImportJob>($"delegates.import.{importId}", importId.ToString(), ct));
            return await imports.ToDtoAsync(import, cancellationToken);
        }
        var written = await imports.WriteAsync(import, cancellationToken);
        return written.IsFailure ? written.Error! : await imports.ToDtoAsync(import, cancellationToken);
    }
}
