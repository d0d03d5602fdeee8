using Congress.Modules.Reporting.Application.Tree.SyncOrganisationTree;
using Congress.Shared.Infrastructure.Hosting;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Reporting.Infrastructure;

/// <summary>After Delegates' demo tree: Reporting's read model of it, every organisation expected in the roll-ups above it.</summary>
internal sealed class ReportingTreeSeeder(IServiceScopeFactory scopes) : IDemoSeeder
{
    public async Task SeedAsync(TextWriter output, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var added = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SyncOrganisationTreeCommand(), cancellationToken);
                if (added.IsSuccess && added.Value > 0) await output.WriteLineAsync($"Reporting: {added.Value} organisations in the roll-ups.");
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The outbox relay synced the same organisations at the same moment; the next pass finds them.
            }
        }
    }
}
