using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Domain.Imports;

internal readonly record struct DelegateImportId(Guid Value) : ITypedId
{
    public static DelegateImportId New() => new(Guid.NewGuid());
}

internal enum ImportStatus
{
    Previewed = 0,   // checked; nothing written yet
    Committing = 1,  // writing, in the background for large files
    Committed = 2,   // every row written
    Failed = 3,      // nothing written; see Failure
}

/// <summary>
/// A CSV file of delegates on its way in: first checked row by row (nothing written), then committed all at once.
/// Large files commit in the background; <see cref="ProcessedRows"/> is the progress the portal shows.
/// </summary>
internal sealed class DelegateImport : AggregateRoot<DelegateImportId>
{
    private DelegateImport() { }

    public CongressId CongressId { get; private set; }
    public string FileName { get; private set; } = "";
    public string Content { get; private set; } = "";
    public ImportStatus Status { get; private set; }
    public int TotalRows { get; private set; }
    public int ErrorCount { get; private set; }
    public string ErrorsJson { get; private set; } = "[]";
    public int ProcessedRows { get; private set; }
    public string? Failure { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public string CreatedBy { get; private set; } = "";

    public bool CanCommit => Status == ImportStatus.Previewed && ErrorCount == 0 && TotalRows > 0;

    public static DelegateImport Previewed(CongressId congressId, string fileName, string content, int totalRows, int errorCount, string errorsJson, string createdBy, DateTime nowUtc) =>
        new()
        {
            Id = DelegateImportId.New(),
            CongressId = congressId,
            FileName = fileName,
            Content = content,
            TotalRows = totalRows,
            ErrorCount = errorCount,
            ErrorsJson = errorsJson,
            Status = ImportStatus.Previewed,
            CreatedBy = createdBy,
            CreatedAtUtc = nowUtc,
        };

    public Result StartCommit()
    {
        if (Status != ImportStatus.Previewed)
            return Error.Conflict("delegates.import.state", "Tệp này đã được ghi hoặc đang được ghi.");
        if (ErrorCount > 0)
            return new Error("delegates.import.errors", $"Tệp còn {ErrorCount} dòng lỗi; sửa tệp rồi tải lên lại.");
        if (TotalRows == 0) return new Error("delegates.import.empty", "Tệp không có dòng dữ liệu nào.");
        Status = ImportStatus.Committing;
        return Result.Success();
    }

    public void ReportProgress(int processedRows) => ProcessedRows = processedRows;

    public void Complete()
    {
        Status = ImportStatus.Committed;
        ProcessedRows = TotalRows;
        Content = ""; // the rows now live in the delegates table
    }

    public void Fail(string reason)
    {
        Status = ImportStatus.Failed;
        ProcessedRows = 0;
        Failure = reason;
    }
}
