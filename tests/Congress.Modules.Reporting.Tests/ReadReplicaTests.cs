using System.Net;
using System.Net.Http.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Application.Progress.GetProgress;
using Congress.Modules.Reporting.Application.Progress.UpdateProgress;
using Congress.Modules.Reporting.Application.Rollups.GetRollup;
using Congress.Modules.Reporting.Application.Rollups.ListChildren;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Congress.Modules.Reporting.Tests;

/// <summary>
/// A national deployment puts the dashboards on PostgreSQL hot standbys (Database:ReadConnectionString, docs/adr/0033).
/// Here the host's replica reads go to a real standby that streams from the test's server; pausing its replay shows
/// which reads it serves: the dashboards do, while what an official enters is written to and read back from the primary.
/// </summary>
public sealed class ReadReplicaTests(ReplicatedPostgresCongressFactory factory) : IClassFixture<ReplicatedPostgresCongressFactory>
{
    private async Task<Guid> IdOfAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(code, default))!.Value;
    }

    private async Task StandbyAsync(string sql)
    {
        await using var standby = new NpgsqlConnection(factory.StandbyConnectionString);
        await standby.OpenAsync();
        await using var command = new NpgsqlCommand(sql, standby);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    private async Task CaughtUpAsync()
    {
        string lsn;
        await using (var primary = new NpgsqlConnection(factory.Database.ConnectionString))
        {
            await primary.OpenAsync();
            lsn = (string)(await new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary).ExecuteScalarAsync())!;
        }
        await using var standby = new NpgsqlConnection(factory.StandbyConnectionString);
        await standby.OpenAsync();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!(bool)(await new NpgsqlCommand($"SELECT pg_last_wal_replay_lsn() >= '{lsn}'::pg_lsn", standby).ExecuteScalarAsync())!)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("The standby did not catch up within 30 s.");
            await Task.Delay(20);
        }
    }

    private async Task<long> SummonedUnderAsync(Guid province) =>
        (await factory.SendAsync(Roles.OrganisingCommittee, "NB", new GetRollupQuery(province))).Value.DelegatesSummoned;

    private async Task<long> WithinAsync(Func<Task<long>> read, long expected, int seconds)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        long seen;
        while ((seen = await read()) != expected && DateTime.UtcNow < until) await Task.Delay(50);
        return seen;
    }

    [PostgresReplicaFact]
    public async Task The_dashboards_come_from_the_standby_while_what_an_official_enters_is_written_and_read_back_on_the_primary()
    {
        var province = await IdOfAsync("NB");
        var code = $"NB-R{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        var created = await (await factory.ClientForAsync("admin")).PostAsJsonAsync("/api/delegates/organisations",
            new { parentId = province, name = $"Xã {code}", code, level = "Commune", memberCount = 80 });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var commune = await IdOfAsync(code);
        (await factory.SendAsync(Roles.Secretariat, code, new GetProgressQuery(commune))).IsSuccess.Should().BeTrue("the commune joins Reporting's tree");
        await CaughtUpAsync();
        var before = await SummonedUnderAsync(province);

        await StandbyAsync("SELECT pg_wal_replay_pause()");
        try
        {
            var entered = await factory.SendAsync(Roles.Secretariat, code, new UpdateProgressCommand(commune, 0,
                DocumentsDraftedOn: new DateOnly(2025, 5, 2), PersonnelPlanApprovedOn: new DateOnly(2025, 5, 20),
                PreparatorySessionOn: new DateOnly(2025, 6, 9), CongressHeldOn: new DateOnly(2025, 6, 10), DelegatesSummoned: 137, DelegatesPresent: 130));
            entered.IsSuccess.Should().BeTrue(entered.Error?.Message);
            var readBack = await factory.SendAsync(Roles.Secretariat, code, new GetProgressQuery(commune));
            readBack.Value.Should().Match<Application.Progress.ProgressReportDto>(r => r.Version == 1 && r.DelegatesSummoned == 137,
                "the official sees what they entered at once, from the primary");
            await Task.Delay(1_000);
            (await SummonedUnderAsync(province)).Should().Be(before, "the province's dashboard is the standby's, whose replay is paused");
            (await factory.SendAsync(Roles.OrganisingCommittee, "NB", new ListChildrenQuery(province))).Value
                .Should().ContainSingle(c => c.OrganisationId == commune).Which.OwnStage.Should().Be("None", "the children's list too");
        }
        finally
        {
            await StandbyAsync("SELECT pg_wal_replay_resume()");
        }

        (await WithinAsync(() => SummonedUnderAsync(province), before + 137, 10)).Should().Be(before + 137, "the standby catches up once replay resumes");
    }
}
