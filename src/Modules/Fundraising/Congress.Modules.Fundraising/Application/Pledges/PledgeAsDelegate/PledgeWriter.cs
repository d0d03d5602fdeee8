using Congress.Modules.Fundraising.Application.Books;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Fundraising.Application.Pledges.PledgeAsDelegate;

/// <summary>
/// The one writer of the delegates' pledges. When the drive is launched the whole hall pledges within a minute, and a
/// pledge is a serialised transaction (pledge, balanced ledger entry, audit entry chained to the one before): one at a
/// time they queue behind each other. Here they are committed together (<see cref="GroupCommit{TItem,TResult}"/>): the
/// reads (campaign, roster) are done by each request in parallel, and one transaction takes whatever pledges arrived
/// meanwhile, each with its ledger entry and its own audit entry (the delegate as the actor). A pledge is answered only
/// once it is committed; the campaign's status is read inside that transaction, so none is taken after the close.
/// </summary>
internal sealed class PledgeWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly IServiceScopeFactory _scopes;
    private readonly GroupCommit<PledgeToWrite, Result<PledgeDto>> _writer;

    public PledgeWriter(IServiceScopeFactory scopes, ILogger<PledgeWriter> logger)
    {
        _scopes = scopes;
        _writer = new GroupCommit<PledgeToWrite, Result<PledgeDto>>(WriteAsync, MaxBatch, logger);
    }

    /// <param name="Actor">The delegate's audit name.</param>
    /// <param name="Action">The request's name, as the audit trail records it.</param>
    internal sealed record PledgeToWrite(Campaign Campaign, Pledge Pledge, string Actor, string Action, object AuditPayload);

    public Task<Result<PledgeDto>> WriteAsync(PledgeToWrite pledge) => _writer.WriteAsync(pledge);

    private async Task WriteAsync(IReadOnlyList<GroupCommit<PledgeToWrite, Result<PledgeDto>>.Entry> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundraisingDbContext>();
        var books = scope.ServiceProvider.GetRequiredService<Books.Books>();
        var thermometer = scope.ServiceProvider.GetRequiredService<Thermometer>();
        await using var transaction = await db.BeginAsync(default);
        var open = await CampaignLocks.OpenForPledgesAsync(db, batch.Select(e => e.Item.Campaign.Id).Distinct().ToList(), default);

        var answers = new List<(GroupCommit<PledgeToWrite, Result<PledgeDto>>.Entry Entry, Result<PledgeDto> Answer)>(batch.Count);
        var audited = new List<AuditedAction>(batch.Count);
        foreach (var entry in batch)
        {
            var (campaign, pledge, actor, action, payload) = entry.Item;
            if (!open.Contains(campaign.Id))
            {
                answers.Add((entry, Campaign.PledgesClosed));
                continue;
            }
            db.Pledges.Add(pledge);
            var posted = books.Post(campaign, "pledge", pledge.Id.Value, $"Cam kết {pledge.Reference}",
                (LedgerAccount.PledgesReceivable, pledge.AmountVnd), (LedgerAccount.DonationsIncome, -pledge.AmountVnd));
            if (posted.IsFailure) throw new InvalidOperationException($"A pledge's entry did not balance: {posted.Error!.Message}"); // two legs of one amount
            audited.Add(new AuditedAction(actor, action, payload));
            answers.Add((entry, PledgeDto.From(pledge, campaign)));
        }
        foreach (var campaignId in open) thermometer.Moved(campaignId, "pledge");
        if (audited.Count > 0) await transaction.CommitAsync(audited, default);
        foreach (var (entry, answer) in answers) entry.Complete(answer);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
