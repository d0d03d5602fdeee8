namespace Congress.Modules.Delegates.Application.Imports;

/// <param name="Errors">Row-level problems (line 0: the whole file); at most the first 200.</param>
/// <param name="ProcessedRows">Rows written so far while <paramref name="Status"/> is Committing.</param>
internal sealed record DelegateImportDto(
    Guid Id, Guid CongressId, string FileName, string Status, int TotalRows, int ErrorCount,
    IReadOnlyList<DelegateCsv.RowError> Errors, int ProcessedRows, string? Failure, bool CanCommit);
