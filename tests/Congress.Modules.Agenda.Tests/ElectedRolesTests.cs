using System.Net;
using System.Net.Http.Json;
using Congress.Testing;
using static Congress.Modules.Agenda.Tests.AgendaApi;

namespace Congress.Modules.Agenda.Tests;

/// <summary>
/// The congress's elected bodies take up their roles in the portal: a result Voting published (through Agenda's decision,
/// its integration event, the outbox and Identity's inbox) gives the members' tablet accounts the body's role from their
/// next sign-in; a body elected again without them takes it back and ends their sign-ins; a show of hands recorded by the
/// chair grants nothing. SQLite and PostgreSQL.
/// </summary>
public abstract class ElectedRolesTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly AgendaApi _api = new(factory);

    [Fact]
    public async Task A_delegate_elected_by_ballot_has_the_role_from_the_next_sign_in_a_show_of_hands_grants_none_and_one_not_elected_again_loses_it()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var first = await _api.ItemAsync(congressId, sessionId, day, "Bầu Đoàn Thư ký Đại hội", "Election", 8);
        var again = await _api.ItemAsync(congressId, sessionId, day, "Kiện toàn Đoàn Thư ký (biểu quyết giơ tay)", "Election", 9);
        var qualified = await _api.QualifiedAsync(congressId); // daibieu01…03 are the first three
        var (me, second, third) = (qualified[0], qualified[1], qualified[2]);
        var root = $"/api/agenda/congresses/{congressId}";
        var chair = await _api.As("thuky");
        async Task<HttpStatusCode> AddSessionAs(HttpClient client) =>
            (await client.PostAsJsonAsync($"{root}/sessions", new { kind = "Closing", title = "Phiên bế mạc", day = FreshDay() })).StatusCode;
        var before = await factory.ClientForAsync("daibieu01");
        (await AddSessionAs(before)).Should().Be(HttpStatusCode.Forbidden, "a delegate's tablet is not the secretariat");

        // The congress elects daibieu01, daibieu02 and a delegate without an account by secret ballot.
        var elected = new[] { me.Code, second.Code, qualified[5].Code };
        var poll = await Read<Guid>(await chair.PostAsJsonAsync($"{root}/items/{first.Id}/poll",
            new { visibility = "SecretElectronic", body = "Secretariat", seats = 3, candidates = elected.Append(qualified[6].Code) }));
        await Eventually(async () => (await chair.GetAsync($"/api/voting/polls/{poll}")).IsSuccessStatusCode ? "drafted" : null, "Voting's draft poll");
        var voters = qualified.Skip(10).Take(5).ToList();
        (await chair.PutAsJsonAsync($"/api/voting/congresses/{congressId}/presence", new { delegateIds = qualified.Select(d => d.DelegateId), present = false })).EnsureSuccessStatusCode();
        (await chair.PutAsJsonAsync($"/api/voting/congresses/{congressId}/presence", new { delegateIds = voters.Select(d => d.DelegateId), present = true })).EnsureSuccessStatusCode();
        (await chair.PostAsJsonAsync($"/api/voting/polls/{poll}/open", new { })).EnsureSuccessStatusCode();
        var province = await _api.OrganisationAsync("NB");
        foreach (var voter in voters)
            (await _api.AsDelegate(voter.DelegateId, province).PostAsJsonAsync($"/api/voting/polls/{poll}/ballots", new { ballotId = Guid.NewGuid(), selections = elected })).EnsureSuccessStatusCode();
        (await chair.PostAsync($"/api/voting/polls/{poll}/close", null)).EnsureSuccessStatusCode();
        (await chair.PostAsync($"/api/voting/polls/{poll}/publish", null)).EnsureSuccessStatusCode();

        var secretary = await Eventually(async () =>
        {
            var client = await factory.ClientForAsync("daibieu01");
            return await AddSessionAs(client) == HttpStatusCode.Created ? client : null;
        }, "daibieu01 signed in again with the secretariat's role");
        (await AddSessionAs(before)).Should().Be(HttpStatusCode.Forbidden, "the token from before the election keeps the rights it had");
        (await before.GetAsync($"{root}/programme")).StatusCode.Should().Be(HttpStatusCode.OK, "and still works: a grant signs nobody out");

        // A show of hands recorded by hand without daibieu01 and with daibieu03: it takes, it does not give.
        await Read<Item>(await chair.PostAsJsonAsync($"{root}/items/{again.Id}/decision",
            new { passed = true, body = "Secretariat", elected = new[] { second.Code, third.Code, qualified[5].Code } }));
        await Eventually(async () => (await secretary.GetAsync($"{root}/programme")).StatusCode == HttpStatusCode.Unauthorized ? "refused" : null,
            "the token that carried the secretariat's role refused once daibieu01 is no longer in it");
        var afterwards = await factory.ClientForAsync("daibieu01");
        (await AddSessionAs(afterwards)).Should().Be(HttpStatusCode.Forbidden, "the role given by the election is gone");
        (await afterwards.GetAsync($"{root}/programme")).StatusCode.Should().Be(HttpStatusCode.OK, "the delegate's own role stays");
        (await AddSessionAs(await factory.ClientForAsync("daibieu02"))).Should().Be(HttpStatusCode.Created, "elected by ballot and kept by the show of hands");
        (await AddSessionAs(await factory.ClientForAsync("daibieu03"))).Should().Be(HttpStatusCode.Forbidden, "a show of hands recorded by the chair grants no role");
        (await AddSessionAs(await factory.ClientForAsync("thuky"))).Should().Be(HttpStatusCode.Created, "a secretariat account not made by an election is untouched");
    }
}

public sealed class ElectedRolesSqliteTests(CongressFactory factory) : ElectedRolesTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class ElectedRolesPostgresTests(PostgresCongressFactory factory) : ElectedRolesTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
