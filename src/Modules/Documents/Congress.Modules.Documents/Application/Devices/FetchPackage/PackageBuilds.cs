namespace Congress.Modules.Documents.Application.Devices.FetchPackage;

/// <summary>
/// At most one package build per core at a time, fetches and the preparer together. A build holds its documents, their
/// stamped copies and the sealed package in memory (three times a 20 MB package); 450 tablets syncing at once otherwise took
/// the host to 15 GiB and failed 195 of them. The others wait here, in turn, instead. And one build per device at a time:
/// a fetch that arrives while the preparer builds the same device's package waits for it and then finds it kept
/// (docs/adr/0031) instead of building a second one.
/// </summary>
internal sealed class PackageBuilds
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));
    private readonly Dictionary<Guid, DeviceTurn> _devices = [];

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(() => _slots.Release());
    }

    /// <summary>The device's turn: held while its full package is looked for in the cache, built and kept.</summary>
    public async Task<IDisposable> DeviceAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        DeviceTurn turn;
        lock (_devices)
        {
            if (!_devices.TryGetValue(deviceId, out turn!)) _devices[deviceId] = turn = new DeviceTurn();
            turn.Users++;
        }
        try
        {
            await turn.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(deviceId, turn, entered: false);
            throw;
        }
        return new Slot(() => Leave(deviceId, turn, entered: true));
    }

    private void Leave(Guid deviceId, DeviceTurn turn, bool entered)
    {
        lock (_devices)
        {
            if (entered) turn.Gate.Release();
            if (--turn.Users == 0) _devices.Remove(deviceId);
        }
    }

    private sealed class DeviceTurn
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Users;
    }

    private sealed class Slot(Action release) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) release();
        }
    }
}
