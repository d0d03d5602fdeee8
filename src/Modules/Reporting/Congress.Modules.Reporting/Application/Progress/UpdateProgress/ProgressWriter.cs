using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Domain.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Reporting.Application.Progress.UpdateProgress;

/// <summary>
/// The one writer of the officials' progress updates. Every change takes the next change-feed number and the audit
/// chain's head inside its transaction, so updates commit one at a time whatever the database (ADR 0022: the feed is in
/// commit order); one transaction each is ~375 a second on SQLite, ~150 on PostgreSQL. Here the updates that arrive
/// together are committed together (<see cref="GroupCommit{TItem,TResult}"/>, docs/adr/0025): one transaction, one
/// reservation of feed numbers, one roll-up UPDATE per ancestor for the sum of the changes below it, and each update
/// its own audit entry with its official as the actor. Each is checked on its own (unknown, locked, stale, the rules)
/// and answered only once its batch is committed; a refused one changes nothing and does not hold up the others.
/// </summary>
internal sealed class ProgressWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly IServiceScopeFactory _scopes;
    private readonly GroupCommit<ProgressToWrite, Result<(ProgressReport Report, ReportingOrganisation Organisation)>> _writer;

    public ProgressWriter(IServiceScopeFactory scopes, ILogger<ProgressWriter> logger)
    {
        _scopes = scopes;
        _writer = new(WriteAsync, MaxBatch, logger);
    }

    /// <param name="Enter">The change to the report (the officials' entry, with the time and their audit name).</param>
    internal sealed record ProgressToWrite(Guid OrganisationId, int ExpectedVersion, Func<ProgressReport, ReportingOrganisation, Result> Enter,
        string Actor, string Action, object AuditPayload);

    public Task<Result<(ProgressReport Report, ReportingOrganisation Organisation)>> WriteAsync(ProgressToWrite update) => _writer.WriteAsync(update);

    private async Task WriteAsync(IReadOnlyList<GroupCommit<ProgressToWrite, Result<(ProgressReport Report, ReportingOrganisation Organisation)>>.Entry> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var reports = scope.ServiceProvider.GetRequiredService<ProgressReports>();
        await using var transaction = await db.BeginAsync(default);
        var answers = await reports.ChangeEachAsync(batch.Select(e => (e.Item.OrganisationId, (int?)e.Item.ExpectedVersion, e.Item.Enter)).ToList(), default);
        var audited = batch.Zip(answers).Where(a => a.Second.IsSuccess)
            .Select(a => new AuditedAction(a.First.Item.Actor, a.First.Item.Action, a.First.Item.AuditPayload)).ToList();
        if (audited.Count > 0) await transaction.CommitAsync(audited, default);
        for (var i = 0; i < batch.Count; i++) batch[i].Complete(answers[i]);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
