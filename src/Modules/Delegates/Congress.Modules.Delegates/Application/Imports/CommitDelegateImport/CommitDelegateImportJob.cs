using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Delegates.Application.Imports.CommitDelegateImport;

/// <summary>Writes a large import in the background, in one transaction; on failure nothing is written and the import says why.</summary>
internal sealed class CommitDelegateImportJob(IServiceScopeFactory scopes, ILogger<CommitDelegateImportJob> logger) : IJob
{
    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var importId = Guid.Parse(context.Argument!);
        string? failure;
        await using (var scope = scopes.CreateAsyncScope())
        {
            failure = await WriteAsync(scope.ServiceProvider, importId, cancellationToken);
        }
        if (failure is null) return;

        await using var failScope = scopes.CreateAsyncScope();
        var imports = failScope.ServiceProvider.GetRequiredService<DelegateImports>();
        var db = failScope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
        await using var transaction = await db.BeginAsync(cancellationToken);
        var import = (await imports.FindAsync(importId, cancellationToken)).Value;
        import.Fail(failure);
        await transaction.CommitAsync("FailDelegateImport", new { ImportId = importId, Reason = failure }, cancellationToken);
    }

    private async Task<string?> WriteAsync(IServiceProvider services, Guid importId, CancellationToken cancellationToken)
    {
        var imports = services.GetRequiredService<DelegateImports>();
        var db = services.GetRequiredService<DelegatesDbContext>();
        try
        {
            await using var transaction = await db.BeginAsync(cancellationToken);
            var import = (await imports.FindAsync(importId, cancellationToken)).Value;
            var written = await imports.WriteAsync(import, cancellationToken);
            if (written.IsFailure) return written.Error!.Message;
            await transaction.CommitAsync(nameof(CommitDelegateImportJob), new { ImportId = importId, Rows = import.TotalRows }, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Import {ImportId} failed", importId);
            return "Lỗi khi ghi dữ liệu; không dòng nào được ghi. Hãy thử lại hoặc báo quản trị hệ thống.";
        }
    }
}
