using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using static Congress.Modules.Voting.Tests.Integration.VotingHttp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Congress.Modules.Voting.Tests.Integration;

/// <summary>
/// A vote storm: every eligible delegate of a 2,000-delegate congress casts at once over HTTP on loopback (at most 128
/// requests in flight), some retrying. The tally must equal the ballots acknowledged: none lost, none counted twice.
/// The roster is a stand-in with 2,000 qualified delegates; everything from the HTTP request to the database is real.
/// </summary>
public abstract class VoteStormTests<TFactory>(TFactory factory, ITestOutputHelper output) where TFactory : CongressFactory, IStormHost
{
    private const int Delegates = StormRoster.Count;

    [Fact]
    public async Task Every_acknowledged_ballot_is_counted_once_and_retries_are_recognised()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        var roster = factory.Roster;
        var host = factory;
        await Task.Run(host.StartServer); // off xunit's synchronisation context: the factory starts its host by blocking
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{factory.Port}"), Timeout = TimeSpan.FromMinutes(2) };
        var chair = host.BearerTokenFor(Roles.Secretariat, await OrganisationAsync("NB"));

        await SendAsync(http, chair, HttpMethod.Put, $"/api/voting/congresses/{congressId}/presence", new { delegateIds = roster.Ids, present = true });
        var pollId = await (await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/congresses/{congressId}/polls",
            new { title = "Thông qua Nghị quyết Đại hội", kind = "Motion", visibility = "SecretElectronic" })).Content.ReadFromJsonAsync<Guid>();
        await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/open", new { });

        var acknowledged = new ConcurrentDictionary<Guid, string>();
        var retried = new ConcurrentBag<bool>();
        string[] choices = ["for", "for", "for", "against", "abstain"];
        await Parallel.ForEachAsync(roster.Ids.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = 128 }, async (voter, ct) =>
        {
            var token = host.BearerTokenFor(Roles.Delegate, delegateId: voter.id);
            var ballot = new { ballotId = Guid.NewGuid(), selections = new[] { choices[voter.i % choices.Length] } };
            var response = await SendAsync(http, token, HttpMethod.Post, $"/api/voting/polls/{pollId}/ballots", ballot);
            acknowledged[ballot.ballotId] = (await response.Content.ReadFromJsonAsync<ReceiptBody>(ct))!.Receipt;
            if (voter.i % 10 == 0) // a tablet that did not hear the answer sends the same ballot again
            {
                var again = await SendAsync(http, token, HttpMethod.Post, $"/api/voting/polls/{pollId}/ballots", ballot);
                retried.Add((await again.Content.ReadFromJsonAsync<ReceiptBody>(ct))!.AlreadyRecorded);
            }
        });

        await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/close", new { });
        var published = await (await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/publish", new { })).Content.ReadFromJsonAsync<Published>();

        acknowledged.Should().HaveCount(Delegates);
        retried.Should().HaveCount(Delegates / 10).And.OnlyContain(alreadyRecorded => alreadyRecorded);
        published!.Result.BallotsCast.Should().Be(Delegates);
        published.Result.Valid.Should().Be(Delegates);
        published.Result.Choices.Select(c => c.Votes).Should().Equal(1200, 400, 400);
        var list = await GetAsync<List<ListedBallot>>(http, chair, $"/api/voting/polls/{pollId}/ballots");
        list.ToDictionary(b => b.BallotId, b => b.Receipt).Should().BeEquivalentTo(acknowledged, "the published box holds exactly the acknowledged ballots, each under its receipt");
    }

    /// <summary>
    /// The chair closes in the middle of the storm: the close answers within seconds (it never waits on this host's ballot
    /// writer while it holds the database's write lock), every ballot acknowledged before it is counted, and every later
    /// one is refused as "closed" (409), none with a server error.
    /// </summary>
    [Fact]
    public async Task A_close_in_the_middle_of_the_storm_is_quick_and_counts_exactly_the_acknowledged_ballots()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        var roster = factory.Roster;
        await Task.Run(factory.StartServer);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{factory.Port}"), Timeout = TimeSpan.FromMinutes(2) };
        var chair = factory.BearerTokenFor(Roles.Secretariat, await OrganisationAsync("NB"));
        await SendAsync(http, chair, HttpMethod.Put, $"/api/voting/congresses/{congressId}/presence", new { delegateIds = roster.Ids, present = true });
        var pollId = await (await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/congresses/{congressId}/polls",
            new { title = "Thông qua Nghị quyết – kết thúc giữa chừng", kind = "Motion", visibility = "SecretElectronic" })).Content.ReadFromJsonAsync<Guid>();
        await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/open", new { });

        var acknowledged = new ConcurrentDictionary<Guid, string>();
        var refused = new ConcurrentBag<HttpStatusCode>();
        var closeAfter = Delegates / 4;
        var answered = 0;
        var closeElapsed = TimeSpan.Zero;
        Task? close = null;
        await Parallel.ForEachAsync(roster.Ids, new ParallelOptions { MaxDegreeOfParallelism = 128 }, async (voter, ct) =>
        {
            var token = factory.BearerTokenFor(Roles.Delegate, delegateId: voter);
            var ballot = new { ballotId = Guid.NewGuid(), selections = new[] { "for" } };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/voting/polls/{pollId}/ballots") { Content = JsonContent.Create(ballot) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode) acknowledged[ballot.ballotId] = (await response.Content.ReadFromJsonAsync<ReceiptBody>(ct))!.Receipt;
            else refused.Add(response.StatusCode);
            if (Interlocked.Increment(ref answered) == closeAfter)
                close = Task.Run(async () =>
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/close", new { });
                    closeElapsed = watch.Elapsed;
                });
        });
        await close!;
        var published = await (await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/publish", new { })).Content.ReadFromJsonAsync<Published>();
        var list = await GetAsync<List<ListedBallot>>(http, chair, $"/api/voting/polls/{pollId}/ballots");

        output.WriteLine($"close answered in {closeElapsed.TotalMilliseconds:F0} ms; {acknowledged.Count} ballots acknowledged, {refused.Count} refused as closed");
        closeElapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the close must not wait for a writer that waits for the close");
        acknowledged.Count.Should().BeGreaterThanOrEqualTo(closeAfter);
        refused.Should().OnlyContain(status => status == HttpStatusCode.Conflict, "a ballot after the close is refused as such, never with a server error");
        published!.Result.BallotsCast.Should().Be(acknowledged.Count, "every acknowledged ballot is counted, and nothing else");
        list.ToDictionary(b => b.BallotId, b => b.Receipt).Should().BeEquivalentTo(acknowledged);
    }

    private async Task<Guid> OrganisationAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(code, default))!.Value;
    }
}

/// <summary>2,000 qualified official delegates in 40 delegations, whatever the congress: the stand-in roster of the storm.</summary>
public sealed class StormRoster : IDelegateRoster
{
    public const int Count = 2000;

    private readonly List<RosterEntry> _entries = Enumerable.Range(1, Count)
        .Select(i => new RosterEntry(Guid.NewGuid(), $"S{i:0000}", $"Đại biểu {i:0000}", "Official", $"Đoàn {i % 40:00}", CredentialsApproved: true)).ToList();

    public IReadOnlyList<Guid> Ids => _entries.Select(e => e.DelegateId).ToList();

    public Task<IReadOnlyList<RosterEntry>> ListAsync(Guid congressId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RosterEntry>>(_entries);

    public Task<RosterEntry?> FindByCodeAsync(Guid congressId, string code, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.FirstOrDefault(e => e.Code == code));

    public Task<RosterEntry?> FindAsync(Guid congressId, Guid delegateId, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.FirstOrDefault(e => e.DelegateId == delegateId));
}

public interface IStormHost
{
    StormRoster Roster { get; }
    int Port { get; }
}

/// <summary>The host on a real loopback port (Kestrel), with the stand-in roster.</summary>
public class StormFactory : CongressFactory, IStormHost
{
    public StormFactory() : this(Shared.Infrastructure.Persistence.DatabaseProvider.Sqlite) { }

    protected StormFactory(Shared.Infrastructure.Persistence.DatabaseProvider provider) : base(provider)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        UseKestrel(Port);
    }

    public StormRoster Roster { get; } = new();
    public int Port { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddScoped<IDelegateRoster>(_ => Roster));
    }
}

public sealed class PostgresStormFactory() : StormFactory(Shared.Infrastructure.Persistence.DatabaseProvider.PostgreSql);

public sealed class VoteStormSqliteTests(StormFactory factory, ITestOutputHelper output) : VoteStormTests<StormFactory>(factory, output), IClassFixture<StormFactory>;

[Collection("postgres")]
public sealed class VoteStormPostgresTests(PostgresStormFactory factory, ITestOutputHelper output) : VoteStormTests<PostgresStormFactory>(factory, output), IClassFixture<PostgresStormFactory>;
