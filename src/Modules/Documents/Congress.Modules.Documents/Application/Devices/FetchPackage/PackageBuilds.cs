namespace Congress.Modules.Documents.Application.Devices.FetchPackage;

/// <summary>
/// At most one package build per core at a time. A build holds its documents, their stamped copies and the sealed package in
/// memory (three times a 20 MB package); 450 tablets syncing at once otherwise took the host to 15 GiB and failed 195 of
/// them. The others wait here, in turn, instead.
/// </summary>
internal sealed class PackageBuilds
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }
}
