using System.Collections.Concurrent;
using System.Text.Json;
using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.Imports;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Imports;

/// <summary>
/// The import steps shared by preview, inline commit and the background job: check a file against the congress,
/// write every row, and report what an import looks like (with live progress while it is being written).
/// </summary>
internal sealed class DelegateImports(DelegatesDbContext db, SubtreeScope scope, ImportProgress progress, IClock clock)
{
    public const int MaxErrorsKept = 200;

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
        foreach (var row in rows)
        {
            var registered = CongressDelegate.Register(congress.Id, row.Profile!, today).Value;
            registered.AssignSeat(row.Seat);
            db.Delegates.Add(registered);
            if (++written % 100 == 0) progress.Report(import.Id.Value, written);
        }
        import.Complete();
        progress.Report(import.Id.Value, written);
        return Result.Success();
    }

    public async Task<Result<DelegateImport>> FindAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await db.Imports.FirstOrDefaultAsync(i => i.Id == new DelegateImportId(importId), cancellationToken);
        if (import is null || (await scope.FindCongressAsync(import.CongressId.Value, cancellationToken)).IsFailure)
            return Error.NotFound("delegates.import.not_found", "Không tìm thấy lần nhập tệp này.");
        return import;
    }

    public DelegateImportDto ToDto(DelegateImport import) => new(
        import.Id.Value, import.CongressId.Value, import.FileName, import.Status.ToString(), import.TotalRows, import.ErrorCount,
        JsonSerializer.Deserialize<List<DelegateCsv.RowError>>(import.ErrorsJson, JsonSerializerOptions.Web) ?? [],
        import.Status == ImportStatus.Committing ? progress.Of(import.Id.Value) : import.ProcessedRows,
        import.Failure, import.CanCommit);
}

/// <summary>
/// Progress of imports being written. The rows are written in one transaction, invisible to readers until it
/// commits, so the count lives in memory (on the instance doing the work).
/// </summary>
internal sealed class ImportProgress
{
    private readonly ConcurrentDictionary<Guid, int> _rows = new();

    public void Report(Guid importId, int rows) => _rows[importId] = rows;

    public int Of(Guid importId) => _rows.GetValueOrDefault(importId);
}
