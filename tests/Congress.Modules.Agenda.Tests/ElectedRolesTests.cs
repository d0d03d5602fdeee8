using System.Net;
using System.Net.Http.Json;
using Congress.Testing;
using static Congress.Modules.Agenda.Tests.AgendaApi;

namespace Congress.Modules.Agenda.Tests;

/// <summary>
/// The congress's elected bodies take up their roles in the portal: Agenda's decision (its integration event, through the
/// outbox and Identity's inbox) gives the members' tablet accounts the body's role from their next sign-in, and takes it
/// back, ending their sign-ins, when the body is elected again without them. SQLite and PostgreSQL.
/// </summary>
public abstract class ElectedRolesTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly AgendaApi _api = new(factory);

    [Fact]
    public async Task A_delegate_elected_to_the_secretariat_has_its_role_from_the_next_sign_in_and_loses_it_when_not_elected_again()
    {
        var congressId = await _api.CongressAsync();
        var day = FreshDay();
        var sessionId = await _api.SessionAsync(congressId, day);
        var first = await _api.ItemAsync(congressId, sessionId, day, "Bầu Đoàn Thư ký Đại hội", "Election", 8);
        var again = await _api.ItemAsync(congressId, sessionId, day, "Bầu bổ sung, kiện toàn Đoàn Thư ký", "Election", 9);
        var qualified = await _api.QualifiedAsync(congressId);
        var me = qualified[0]; // daibieu01's delegate
        var root = $"/api/agenda/congresses/{congressId}";
        var chair = await _api.As("thuky");
        async Task<HttpStatusCode> AddSessionAs(HttpClient client) =>
            (await client.PostAsJsonAsync($"{root}/sessions", new { kind = "Closing", title = "Phiên bế mạc", day = FreshDay() })).StatusCode;

        var before = await factory.ClientForAsync("daibieu01");
        (await AddSessionAs(before)).Should().Be(HttpStatusCode.Forbidden, "a delegate's tablet is not the secretariat");

        await Read<Item>(await chair.PostAsJsonAsync($"{root}/items/{first.Id}/decision",
            new { passed = true, body = "Secretariat", elected = new[] { me.Code, qualified[1].Code, qualified[2].Code } }));
        var secretary = await Eventually(async () =>
        {
            var client = await factory.ClientForAsync("daibieu01");
            return await AddSessionAs(client) == HttpStatusCode.Created ? client : null;
        }, "daibieu01 signed in again with the secretariat's role");
        (await AddSessionAs(before)).Should().Be(HttpStatusCode.Forbidden, "the token from before the election keeps the rights it had");
        (await before.GetAsync($"{root}/programme")).StatusCode.Should().Be(HttpStatusCode.OK, "and still works: a grant signs nobody out");

        await Read<Item>(await chair.PostAsJsonAsync($"{root}/items/{again.Id}/decision",
            new { passed = true, body = "Secretariat", elected = new[] { qualified[1].Code, qualified[2].Code, qualified[3].Code } }));
        await Eventually(async () => (await secretary.GetAsync($"{root}/programme")).StatusCode == HttpStatusCode.Unauthorized ? "refused" : null,
            "the token that carried the secretariat's role refused once daibieu01 is no longer in it");
        var afterwards = await factory.ClientForAsync("daibieu01");
        (await AddSessionAs(afterwards)).Should().Be(HttpStatusCode.Forbidden, "the role given by the election is gone");
        (await afterwards.GetAsync($"{root}/programme")).StatusCode.Should().Be(HttpStatusCode.OK, "the delegate's own role stays");
        (await AddSessionAs(await factory.ClientForAsync("thuky"))).Should().Be(HttpStatusCode.Created, "a secretariat account not made by an election is untouched");
    }
}

public sealed class ElectedRolesSqliteTests(CongressFactory factory) : ElectedRolesTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class ElectedRolesPostgresTests(PostgresCongressFactory factory) : ElectedRolesTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
