namespace Congress.Modules.Delegates.Infrastructure.Persistence;

/// <summary>
/// How far a background import has written, kept apart from the import's own row and written on its own connection
/// (outside the import's transaction), so every host behind the load balancer reads the same figure.
/// </summary>
internal sealed class ImportProgressRow
{
    private ImportProgressRow() { }

    public ImportProgressRow(Guid importId, int processedRows, DateTime updatedAtUtc)
    {
        ImportId = importId;
        ProcessedRows = processedRows;
        UpdatedAtUtc = updatedAtUtc;
    }

    public Guid ImportId { get; private set; }
    public int ProcessedRows { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
}
