using System.Net;
using System.Net.Http.Json;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Reporting.Tests;

/// <summary>
/// The tree kept current by Delegates' event (docs/adr/0032): an organisation added in Delegates joins Reporting's read
/// model and its ancestors' expected counts through the outbox and inbox, without the full reconcile (every 6 hours) and
/// without any Reporting request naming it (which would fetch that one organisation).
/// </summary>
public abstract partial class ReportingTests<TFactory>
{
    private async Task<T> ReportingDbAsync<T>(Func<ReportingDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    [Fact]
    public async Task An_organisation_added_in_Delegates_joins_the_reporting_tree_and_its_ancestors_expected_counts_by_its_event()
    {
        var (nb, tw) = (await IdOfAsync("NB"), await IdOfAsync("TW"));
        Task<int> ExpectedAsync(Guid id) => ReportingDbAsync(db => db.Rollups.AsNoTracking().Where(r => r.OrganisationId == id).Select(r => r.Expected).SingleAsync());
        var (nbBefore, twBefore) = (await ExpectedAsync(nb), await ExpectedAsync(tw));
        var handler = typeof(OrganisationCreatedIntegrationEventHandler).FullName;
        var handledBefore = await ReportingDbAsync(db => db.InboxMessages.CountAsync(m => m.Handler == handler));

        var code = $"NB-EV{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        var admin = await factory.ClientForAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/delegates/organisations", new { parentId = nb, name = $"Xã {code}", code, level = "Commune", memberCount = 80 });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = await IdOfAsync(code);

        // Reporting's own tables, read directly: no Reporting request is made that could fetch the organisation on demand.
        var arrived = false;
        for (var i = 0; i < 100 && !arrived; i++)
        {
            if (i > 0) await Task.Delay(100);
            arrived = await ReportingDbAsync(db => db.Organisations.AnyAsync(o => o.Id == id));
        }
        arrived.Should().BeTrue("the event reaches Reporting's inbox within seconds; the full reconcile runs every 6 hours");
        var node = await ReportingDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));
        (node.ParentId, node.Code, node.Level).Should().Be((nb, code, "Commune"));
        (await ExpectedAsync(id)).Should().Be(0);
        (await ExpectedAsync(nb)).Should().Be(nbBefore + 1, "one more congress expected below the province");
        (await ExpectedAsync(tw)).Should().Be(twBefore + 1, "and below the centre");
        (await ReportingDbAsync(db => db.InboxMessages.CountAsync(m => m.Handler == handler))).Should().Be(handledBefore + 1, "Reporting's handler took it");

        // The full reconcile afterwards finds nothing to add: the event left the read model as a re-read would.
        await using (var scope = factory.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<OrganisationTree>().SyncAsync(default)).Should().Be(0);
        (await ExpectedAsync(nb)).Should().Be(nbBefore + 1);
    }
}
