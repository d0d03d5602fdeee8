using System.Collections.Concurrent;
using System.Text.Json;
using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.Imports;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Delegates.Application.Imports;

/// <summary>
/// The import steps shared by preview, inline commit and the background job: check a file against the congress,
/// write every row, and report what an import looks like (with live progress while it is being written).
/// </summary>
internal sealed class DelegateImports(DelegatesDbContext db, SubtreeScope scope, ImportProgress progress, IClock clock)
{
    public const int MaxErrorsKept = 200;

    /// <summary>Rows saved at a time within an import's transaction.</summary>
    public const int WriteChunk = 500;

    public DateOnly Today => DateOnly.FromDateTime(VietnamTime.FromUtc(clock.UtcNow));

    public async Task<(IReadOnlyList<DelegateCsv.ParsedRow> Rows, IReadOnlyList<DelegateCsv.RowError> Errors)> CheckAsync(PartyCongress congress, string text, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.Path.StartsWith(congress.OrganisationPath))
            .Select(o => new { o.Code, o.Id }).ToDictionaryAsync(o => o.Code, o => o.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var existing = (await db.Delegates.AsNoTracking().Where(d => d.CongressId == congress.Id).Select(d => d.Code).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return DelegateCsv.Parse(text, new DelegateCsv.Context(organisations, existing, Today));
    }

    public static string SerializeErrors(IReadOnlyList<DelegateCsv.RowError> errors) =>
        JsonSerializer.Serialize(errors.Take(MaxErrorsKept), JsonSerializerOptions.Web);

    /// <summary>
    /// Writes every row of a previewed import inside the caller's unit of work: all rows or none.
    /// The file is checked again, since delegates may have been added since the preview.
    /// </summary>
    public async Task<Result> WriteAsync(DelegateImport import, CancellationToken cancellationToken)
    {
        var congress = await db.Congresses.FirstAsync(c => c.Id == import.CongressId, cancellationToken);
        var (rows, errors) = await CheckAsync(congress, import.Content, cancellationToken);
        if (errors.Count > 0)
            return Error.Conflict("delegates.import.stale", $"Dữ liệu đã thay đổi từ lúc kiểm tra: {errors[0].Message} (dòng {errors[0].Line}). Hãy tải tệp lên lại.");

        var today = Today;
        var written = 0;
        progress.Start(import.Id.Value);
        try
        {
            foreach (var chunk in rows.Chunk(WriteChunk))
            {
                var added = new List<CongressDelegate>(chunk.Length);
                foreach (var row in chunk)
                {
                    var registered = CongressDelegate.Register(congress.Id, row.Profile!, today).Value;
                    registered.AssignSeat(row.Seat);
                    added.Add(registered);
                }
                db.Delegates.AddRange(added);
                // Written within the caller's transaction (all rows or none, invisible to readers until it commits), a chunk
                // at a time so the progress is real; the written rows leave the change tracker, which would slow each save.
                await db.SaveChangesAsync(cancellationToken);
                foreach (var d in added) db.Entry(d).State = EntityState.Detached;
                written += chunk.Length;
                await progress.ReportAsync(import.Id.Value, written, cancellationToken);
            }
        }
        finally
        {
            progress.Finish(import.Id.Value);
        }
        import.Complete();
        return Result.Success();
    }

    public async Task<Result<DelegateImport>> FindAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await db.Imports.FirstOrDefaultAsync(i => i.Id == new DelegateImportId(importId), cancellationToken);
        if (import is null || (await scope.FindCongressAsync(import.CongressId.Value, cancellationToken)).IsFailure)
            return Error.NotFound("delegates.import.not_found", "Không tìm thấy lần nhập tệp này.");
        return import;
    }

    public async Task<DelegateImportDto> ToDtoAsync(DelegateImport import, CancellationToken cancellationToken) => new(
        import.Id.Value, import.CongressId.Value, import.FileName, import.Status.ToString(), import.TotalRows, import.ErrorCount,
        JsonSerializer.Deserialize<List<DelegateCsv.RowError>>(import.ErrorsJson, JsonSerializerOptions.Web) ?? [],
        import.Status == ImportStatus.Committing ? await progress.OfAsync(import.Id.Value, cancellationToken) : import.ProcessedRows,
        import.Failure, import.CanCommit);
}

/// <summary>
/// Progress of imports being written. The rows are written in one transaction, invisible to readers until it commits, so
/// the count is kept beside it. On PostgreSQL, where several hosts serve one installation, it is written to
/// <c>delegate_import_progress</c> on a connection of its own (outside the import's transaction) at most every
/// <see cref="WriteEvery"/>, and read from there by whichever host is asked. On SQLite (one host, one writer at a time:
/// the import's transaction holds the write lock until it commits) it stays in this host's memory (docs/adr/0018).
/// </summary>
internal sealed class ImportProgress(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, IClock clock, ILogger<ImportProgress> logger)
{
    public static readonly TimeSpan WriteEvery = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<Guid, (int Rows, DateTime WrittenAtUtc)> _local = new();

    private bool Shared => database.Value.Provider == DatabaseProvider.PostgreSql;

    /// <summary>An import starts writing (a short one finishes before its first write is due and costs no extra write).</summary>
    public void Start(Guid importId) => _local[importId] = (0, clock.UtcNow);

    public void Finish(Guid importId) => _local.TryRemove(importId, out _);

    public async Task ReportAsync(Guid importId, int rows, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var last = _local.GetValueOrDefault(importId);
        var due = Shared && now - last.WrittenAtUtc >= WriteEvery;
        _local[importId] = (rows, due ? now : last.WrittenAtUtc);
        if (!due) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
            var updated = await db.ImportProgress.Where(p => p.ImportId == importId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.ProcessedRows, rows).SetProperty(p => p.UpdatedAtUtc, now), cancellationToken);
            if (updated == 0)
            {
                db.ImportProgress.Add(new ImportProgressRow(importId, rows, now));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not record the progress of import {ImportId}; the import goes on", importId);
        }
    }

    public async Task<int> OfAsync(Guid importId, CancellationToken cancellationToken)
    {
        if (!Shared) return _local.GetValueOrDefault(importId).Rows;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
        return await db.ImportProgress.AsNoTracking().Where(p => p.ImportId == importId).Select(p => p.ProcessedRows).FirstOrDefaultAsync(cancellationToken);
    }
}
