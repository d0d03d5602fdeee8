using System.Collections.Concurrent;
using System.Net.Http.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Voting.Application.Polls.CreatePoll;
using Congress.Modules.Voting.Application.Polls.OpenPoll;
using Congress.Modules.Voting.Application.Presence.SetManualPresence;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Congress.Modules.Voting.Tests.Integration.VotingHttp;

namespace Congress.Modules.Voting.Tests.Integration;

/// <summary>
/// The host killed with SIGKILL in the middle of a vote storm, then started again on the same SQLite file: every ballot
/// acknowledged before the kill is in the box, each tablet's re-sent ballot is recognised (or, if it never got through,
/// recorded now), and the tally counts every delegate exactly once. The host runs as a real process (Congress.Host.dll).
/// </summary>
public sealed class VoteCrashTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    private string KeyDirectory => factory.Services.GetRequiredService<Congress.Shared.Infrastructure.Security.InstallationSecrets>().Directory;

    [Fact]
    public async Task After_a_SIGKILL_every_acknowledged_ballot_survives_and_resent_ballots_are_duplicates()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        IReadOnlyList<Guid> voters;
        await using (var scope = factory.Services.CreateAsyncScope())
            voters = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default))
                .Where(d => d.Kind == "Official" && d.CredentialsApproved).Select(d => d.DelegateId).ToList();
        (await factory.SendAsync(Roles.Secretariat, "NB", new SetManualPresenceCommand(congressId, voters, Present: true))).IsSuccess.Should().BeTrue();
        var pollId = (await factory.SendAsync(Roles.Secretariat, "NB", new CreatePollCommand(congressId, "Thông qua Nghị quyết Đại hội", "Motion", "SecretElectronic"))).Value;
        (await factory.SendAsync(Roles.Secretariat, "NB", new OpenPollCommand(pollId))).IsSuccess.Should().BeTrue();
        // Tokens are signed with the key ring in the database, encrypted under the master key in the key directory: the
        // separate host process shares both, as a second host of one installation must.
        var chair = factory.BearerTokenFor(Roles.SystemAdmin);
        var ballots = voters.Select((id, i) => (Token: factory.BearerTokenFor(Roles.Delegate, delegateId: id),
            Body: new { ballotId = Guid.NewGuid(), selections = new[] { i % 4 == 0 ? "against" : "for" } })).ToList();

        var acknowledged = new ConcurrentDictionary<Guid, string>();
        var answered = 0;
        await using (var host = await HostProcess.StartAsync(factory.Database.ConnectionString, KeyDirectory))
        {
            using var killer = new CancellationTokenSource();
            var storm = Parallel.ForEachAsync(ballots, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (ballot, _) =>
            {
                try
                {
                    var response = await SendAsync(host.Http, ballot.Token, HttpMethod.Post, $"/api/voting/polls/{pollId}/ballots", ballot.Body);
                    acknowledged[ballot.Body.ballotId] = (await response.Content.ReadFromJsonAsync<ReceiptBody>())!.Receipt;
                    if (Interlocked.Increment(ref answered) == voters.Count / 3) host.Kill();
                }
                catch (HttpRequestException) { } // the host is gone: this tablet got no receipt
                catch (TaskCanceledException) { }
            });
            await storm;
        }
        acknowledged.Count.Should().BeInRange(voters.Count / 3, voters.Count - 1, "the host died in the middle of the storm");

        await using (var host = await HostProcess.StartAsync(factory.Database.ConnectionString, KeyDirectory))
        {
            var resent = new ConcurrentDictionary<Guid, ReceiptBody>();
            await Parallel.ForEachAsync(ballots, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (ballot, _) =>
            {
                var response = await SendAsync(host.Http, ballot.Token, HttpMethod.Post, $"/api/voting/polls/{pollId}/ballots", ballot.Body);
                resent[ballot.Body.ballotId] = (await response.Content.ReadFromJsonAsync<ReceiptBody>())!;
            });
            await SendAsync(host.Http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/close", new { });
            var published = await (await SendAsync(host.Http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/publish", new { })).Content.ReadFromJsonAsync<Published>();
            var box = await GetAsync<List<ListedBallot>>(host.Http, chair, $"/api/voting/polls/{pollId}/ballots");

            acknowledged.Keys.Should().OnlyContain(id => resent[id].AlreadyRecorded, "a ballot acknowledged before the kill was on disk");
            box.Select(b => (b.BallotId, b.Receipt)).Should().Contain(acknowledged.Select(a => (a.Key, a.Value)));
            published!.Result.BallotsCast.Should().Be(voters.Count, "every delegate's ballot counted, and only once");
            box.Select(b => b.BallotId).Should().BeEquivalentTo(ballots.Select(b => b.Body.ballotId));
            published.Result.Choices.Single(c => c.Key == "against").Votes.Should().Be(ballots.Count(b => b.Body.selections[0] == "against"));
        }
    }
}
