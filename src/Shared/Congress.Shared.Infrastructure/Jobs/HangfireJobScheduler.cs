using System.ComponentModel;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>
/// The Hangfire adapter behind <see cref="IJobScheduler"/>, and the hosted service that runs this node's Hangfire server
/// (docs/adr/0013). Everything Hangfire keeps as process-wide statics (JobStorage.Current, the global filters and activator)
/// is bypassed: each host builds its own storage, client, filters and server, so several hosts can share a process (tests)
/// and several nodes share a database. Hangfire sees one job method, <see cref="PortJobRunner.RunAsync"/>, carrying our
/// job's key, type name and argument.
/// </summary>
internal sealed class HangfireJobScheduler : IJobScheduler, IHostedService, IDisposable
{
    private const string KeyHashPrefix = "congress:job-key:";
    private static readonly TimeSpan KeyLockTimeout = TimeSpan.FromSeconds(30);

    private readonly CongressJobStorage _storage;
    private readonly IServiceScopeFactory _scopes;
    private readonly IReadOnlyList<RecurringJob> _recurringJobs;
    private readonly ILogger<HangfireJobScheduler> _logger;
    private readonly JobFilterProviderCollection _filters;
    private readonly Lazy<BackgroundJobClient> _client;
    private BackgroundJobServer? _server;

    public HangfireJobScheduler(
        CongressJobStorage storage, IServiceScopeFactory scopes, IEnumerable<RecurringJob> recurringJobs, IEnumerable<JobRetryPolicy> retries,
        ILogger<HangfireJobScheduler> logger)
    {
        _storage = storage;
        _scopes = scopes;
        _recurringJobs = recurringJobs.ToList();
        _logger = logger;
        var retriesByType = new Dictionary<string, int>();
        foreach (var policy in retries) retriesByType[PortJobRunner.TypeName(policy.JobType)] = policy.Retries;
        // Hangfire's global filters (culture capture, statistics, continuations) and our retry rule, which replaces the global
        // AutomaticRetry(10): Hangfire keeps only the narrowest-scoped filter of a type that allows one instance.
        _filters = new JobFilterProviderCollection(GlobalJobFilters.Filters, new JobFilterAttributeFilterProvider(), new RetryFilterProvider(retriesByType));
        _client = new(() => new BackgroundJobClient(_storage.Storage, new BackgroundJobFactory(_filters), new BackgroundJobStateChanger(_filters)));
    }

    /// <summary>This node's server, once started: named so the health check can find its heartbeat.</summary>
    public string ServerName { get; } = $"congress-{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}".ToLowerInvariant();

    public DateTime? StartedAtUtc { get; private set; }

    public bool IsRunning => _server is not null;

    public JobStorage Storage => _storage.Storage;

    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        var storage = _storage.Storage;
        DeclareRecurringJobs(storage);
        _server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                ServerName = ServerName,
                WorkerCount = 4,
                SchedulePollingInterval = CongressJobStorage.PollInterval,
                ShutdownTimeout = TimeSpan.FromSeconds(15),
                StopTimeout = TimeSpan.FromSeconds(15),
                FilterProvider = _filters,
                Activator = new AspNetCoreJobActivator(_scopes),
            },
            storage, []);
        StartedAtUtc = DateTime.UtcNow;
    }, cancellationToken);

    /// <summary>
    /// Recurring jobs are stored (so that each tick runs on one node only) and re-declared at every start; one no module
    /// declares any more (a disabled module) is removed, so it does not fail every interval.
    /// </summary>
    private void DeclareRecurringJobs(JobStorage storage)
    {
        var manager = new RecurringJobManager(storage, new BackgroundJobFactory(_filters));
        foreach (var job in _recurringJobs)
        {
            var call = Job.FromExpression<PortJobRunner>(r => r.RunAsync(job.JobKey, PortJobRunner.TypeName(job.JobType), null, true, JobCancellationToken.Null));
            manager.AddOrUpdate(job.JobKey, call, CronFor(job.Interval), new RecurringJobOptions { MisfireHandling = MisfireHandlingMode.Relaxed });
            _logger.LogInformation("Recurring job {JobKey} every {Interval}", job.JobKey, job.Interval);
        }
        using var connection = storage.GetConnection();
        var declared = _recurringJobs.Select(j => j.JobKey).ToHashSet();
        foreach (var stale in connection.GetRecurringJobs().Where(j => !declared.Contains(j.Id)))
        {
            manager.RemoveIfExists(stale.Id);
            _logger.LogInformation("Recurring job {JobKey} is no longer declared; removed", stale.Id);
        }
    }

    /// <summary>An interval as a cron expression with seconds: every n seconds, minutes or hours (from the top of the minute, hour or day).</summary>
    internal static string CronFor(TimeSpan interval)
    {
        var seconds = (int)interval.TotalSeconds;
        if (interval.TotalSeconds != seconds || seconds <= 0) throw new NotSupportedException($"Recurring interval {interval} is not a whole number of seconds.");
        if (seconds < 60 && 60 % seconds == 0) return $"*/{seconds} * * * * *";
        if (seconds % 60 == 0 && seconds / 60 < 60 && 60 % (seconds / 60) == 0) return $"0 */{seconds / 60} * * * *";
        if (seconds % 3600 == 0 && seconds / 3600 < 24 && 24 % (seconds / 3600) == 0) return $"0 0 */{seconds / 3600} * * *";
        if (seconds == 86400) return "0 0 0 * * *";
        throw new NotSupportedException($"Recurring interval {interval} must divide a minute, an hour or a day.");
    }

    /// <summary>
    /// Jobs still running are cancelled through their token (after 15 s) and put back in the queue, to run again on this
    /// or another node. The wait is bounded: Hangfire's own Dispose waits for its threads without a limit.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not { } server) return;
        _server = null;
        server.SendStop();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await server.WaitForShutdownAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("The job server {ServerName} did not stop within 30 s; the host stops without it", ServerName);
            return;
        }
        server.Dispose();
    }

    public void Dispose()
    {
        if (_server is { } server) { server.SendStop(); server.WaitForShutdown(TimeSpan.FromSeconds(30)); }
    }

    public Task ScheduleOnceAsync<TJob>(string jobKey, DateTime runAtUtc, string? argument, CancellationToken cancellationToken) where TJob : IJob =>
        CreateAsync(jobKey, typeof(TJob), argument, new ScheduledState(DateTime.SpecifyKind(runAtUtc, DateTimeKind.Utc)), cancellationToken);

    public Task EnqueueAsync<TJob>(string jobKey, string? argument, CancellationToken cancellationToken) where TJob : IJob =>
        CreateAsync(jobKey, typeof(TJob), argument, new EnqueuedState(), cancellationToken);

    /// <summary>
    /// A one-off job is a Hangfire job whose id is kept under its key, so that the key can replace or cancel it. Keys are
    /// serialised by a storage lock: two nodes scheduling the same key leave one job, not two.
    /// </summary>
    private Task CreateAsync(string jobKey, Type jobType, string? argument, IState state, CancellationToken cancellationToken) => Task.Run(() =>
    {
        var storage = _storage.Storage;
        using var connection = storage.GetConnection();
        using var _ = connection.AcquireDistributedLock(KeyHashPrefix + jobKey, KeyLockTimeout);
        CancelPending(connection, jobKey);
        var jobId = _client.Value.Create(
            Job.FromExpression<PortJobRunner>(r => r.RunAsync(jobKey, PortJobRunner.TypeName(jobType), argument, false, JobCancellationToken.Null)), state);
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetRangeInHash(KeyHashPrefix + jobKey, [new("id", jobId)]);
        ExpireKey(transaction, jobKey);
        transaction.Commit();
    }, cancellationToken);

    public Task CancelAsync(string jobKey, CancellationToken cancellationToken) => Task.Run(() =>
    {
        using var connection = _storage.Storage.GetConnection();
        using var _ = connection.AcquireDistributedLock(KeyHashPrefix + jobKey, KeyLockTimeout);
        if (CancelPending(connection, jobKey)) _logger.LogInformation("Job {JobKey} cancelled", jobKey);
    }, cancellationToken);

    /// <summary>Deletes the key's job if it is still waiting (scheduled, enqueued, or waiting for a retry); a running job is left to finish.</summary>
    private bool CancelPending(IStorageConnection connection, string jobKey)
    {
        var entries = connection.GetAllEntriesFromHash(KeyHashPrefix + jobKey);
        if (entries is null || !entries.TryGetValue("id", out var jobId)) return false;
        var deleted = _client.Value.ChangeState(jobId, new DeletedState(), ScheduledState.StateName)
            || _client.Value.ChangeState(jobId, new DeletedState(), EnqueuedState.StateName);
        using var transaction = connection.CreateWriteTransaction();
        transaction.RemoveHash(KeyHashPrefix + jobKey);
        transaction.Commit();
        return deleted;
    }

    /// <summary>A key's record outlives its job by a month at most (a storage without expiring hashes keeps it).</summary>
    private static void ExpireKey(IWriteOnlyTransaction transaction, string jobKey)
    {
        if (transaction is JobStorageTransaction expiring)
            try { expiring.ExpireHash(KeyHashPrefix + jobKey, TimeSpan.FromDays(30)); }
            catch (NotSupportedException) { }
    }

    /// <summary>Our retry rule per job type, at method scope so that it replaces Hangfire's global AutomaticRetry(10).</summary>
    private sealed class RetryFilterProvider(IReadOnlyDictionary<string, int> retriesByType) : IJobFilterProvider
    {
        /// <summary>5 s, 15 s, 1 min, 5 min, then every 15 min.</summary>
        private static readonly int[] Delays = [5, 15, 60, 300, 900];

        public IEnumerable<JobFilter> GetFilters(Job job)
        {
            if (job?.Type != typeof(PortJobRunner) || job.Args.Count < 4 || job.Args[1] is not string type) return [];
            var recurring = job.Args[3] is true;
            var attempts = retriesByType.TryGetValue(type, out var retries) ? retries : 0;
            return [new JobFilter(new AutomaticRetryAttribute
            {
                Attempts = attempts,
                DelaysInSeconds = Delays,
                // A recurring run that failed is not kept: the next run is due in seconds or minutes, and the error is logged.
                OnAttemptsExceeded = recurring ? AttemptsExceededAction.Delete : AttemptsExceededAction.Fail,
                LogEvents = false,
            }, JobFilterScope.Method, null)];
        }
    }
}

/// <summary>
/// The one method Hangfire invokes: resolves our <see cref="IJob"/> from the run's DI scope (Hangfire's ASP.NET Core
/// activator makes one per run) and runs it. Public because Hangfire invokes only public methods; not for modules.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PortJobRunner(IServiceProvider services, ILogger<PortJobRunner> logger)
{
    internal static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    [JobDisplayName("{0}")]
    public async Task RunAsync(string jobKey, string jobType, string? argument, bool recurring, IJobCancellationToken cancellation)
    {
        var type = Type.GetType(jobType, throwOnError: true)!;
        var job = (IJob)services.GetRequiredService(type);
        var cancellationToken = cancellation?.ShutdownToken ?? CancellationToken.None;
        IStorageConnection? lockConnection = null;
        IDisposable? runLock = null;
        if (recurring)
        {
            // Runs of one recurring job never overlap, on one node or across nodes: a run that finds the last one still going is skipped.
            lockConnection = services.GetRequiredService<CongressJobStorage>().Storage.GetConnection();
            try { runLock = lockConnection.AcquireDistributedLock($"congress:recurring:{jobKey}", TimeSpan.FromSeconds(1)); }
            catch (DistributedLockTimeoutException)
            {
                lockConnection.Dispose();
                logger.LogInformation("Recurring job {JobKey} skipped: its previous run is still going", jobKey);
                return;
            }
        }
        try
        {
            await job.ExecuteAsync(new JobContext(jobKey, string.IsNullOrEmpty(argument) ? null : argument), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Job {JobKey} failed; it is retried as its registration says", jobKey);
            throw;
        }
        finally
        {
            runLock?.Dispose();
            lockConnection?.Dispose();
        }
    }
}
