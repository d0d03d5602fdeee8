using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Domain.Templates;

internal readonly record struct EnrolmentBatchId(Guid Value) : ITypedId
{
    public static EnrolmentBatchId New() => new(Guid.NewGuid());
}

/// <summary>
/// A folder of delegates' photos (a zip, one photo per delegate named by badge code) enrolled in the background, with
/// progress and, for every photo refused, the reason. The archive is held only until the job has read it, then dropped.
/// </summary>
internal sealed class EnrolmentBatch : AggregateRoot<EnrolmentBatchId>
{
    public const int MaxProblems = 1000;

    private EnrolmentBatch() { }

    public Guid CongressId { get; private set; }
    public string FileName { get; private set; } = "";
    public string Status { get; private set; } = "Queued";
    public int Total { get; private set; }
    public int Processed { get; private set; }
    public int Enrolled { get; private set; }
    public List<string> Problems { get; private set; } = [];
    public byte[]? Archive { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? FinishedAtUtc { get; private set; }
    public string RequestedBy { get; private set; } = "";

    public static EnrolmentBatch Queue(Guid congressId, string fileName, byte[] archive, int total, DateTime nowUtc, string requestedBy) =>
        new()
        {
            Id = EnrolmentBatchId.New(), CongressId = congressId, FileName = fileName, Archive = archive, Total = total,
            CreatedAtUtc = nowUtc, RequestedBy = requestedBy,
        };

    public void Start() => Status = "Running";

    public void Record(bool enrolled, string? problem)
    {
        Processed++;
        if (enrolled) Enrolled++;
        if (problem is not null && Problems.Count < MaxProblems) Problems = [.. Problems, problem];
    }

    public void Finish(DateTime nowUtc, string? failure = null)
    {
        Status = failure is null ? "Done" : "Failed";
        if (failure is not null) Problems = [.. Problems, failure];
        FinishedAtUtc = nowUtc;
        Archive = null;
    }
}
