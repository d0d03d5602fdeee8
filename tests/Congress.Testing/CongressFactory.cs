using System.Net.Http.Headers;
using System.Net.Http.Json;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Testing;

/// <summary>
/// The whole host, in memory, on a real migrated database with the demo congress loaded:
/// what a REST client or the portal talks to.
/// </summary>
public class CongressFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "DaiHoi@2025";

    private readonly DatabaseProvider _provider;

    public CongressFactory() : this(DatabaseProvider.Sqlite) { }

    protected CongressFactory(DatabaseProvider provider) => _provider = provider;

    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(_provider);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>()) await seeder.SeedAsync(TextWriter.Null, default);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Security:LoginAttemptsPerMinute", "1000");
        // Every demo account gets this one known password here; a real installation gets random ones (demo-accounts.txt).
        builder.UseSetting("Demo:Password", DemoPassword);
    }

    /// <summary>A REST client signed in with a bearer token as one of the demo accounts.</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/identity/token", new { userName, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    private sealed record TokenResponse(string AccessToken);
}

/// <summary>The same host on PostgreSQL; needs the server <c>./congress.sh test</c> starts (CONGRESS_TEST_POSTGRES).</summary>
public sealed class PostgresCongressFactory() : CongressFactory(DatabaseProvider.PostgreSql);

/// <summary>
/// The host on PostgreSQL with its replica reads on the hot standby <c>./congress.sh test</c> starts beside the server
/// (CONGRESS_TEST_POSTGRES_REPLICA; streaming replication, so the test's database is there too). docs/adr/0033.
/// </summary>
public sealed class ReplicatedPostgresCongressFactory() : CongressFactory(DatabaseProvider.PostgreSql)
{
    public const string ReplicaVariable = "CONGRESS_TEST_POSTGRES_REPLICA";

    /// <summary>The test's database on the standby.</summary>
    public string StandbyConnectionString => new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(ReplicaVariable))
    {
        Database = new Npgsql.NpgsqlConnectionStringBuilder(Database.ConnectionString).Database,
    }.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ReadConnectionString", StandbyConnectionString);
    }
}

public static class CongressFactoryExtensions
{
    /// <summary>
    /// Sends a module request in its own scope as a caller with <paramref name="role"/>, scoped to the organisation
    /// with <paramref name="organisationCode"/> (null: no organisation, e.g. a system administrator).
    /// </summary>
    public static Task<TResponse> SendAsync<TResponse>(this WebApplicationFactory<Program> factory, string role, string? organisationCode, MediatR.IRequest<TResponse> request) =>
        factory.AsCallerAsync(role, organisationCode, services => services.GetRequiredService<MediatR.IMediator>().Send(request));

    /// <summary>Sends a request as the delegate <paramref name="delegateId"/> signed in on their tablet account.</summary>
    public static Task<TResponse> SendAsDelegateAsync<TResponse>(this WebApplicationFactory<Program> factory, Guid delegateId, MediatR.IRequest<TResponse> request) =>
        factory.AsCallerAsync(Congress.Shared.Kernel.Roles.Delegate, null, services => services.GetRequiredService<MediatR.IMediator>().Send(request), delegateId);

    /// <summary>
    /// A bearer token for a caller, minted the way /api/identity/token does, without a password to hash: for load tests
    /// with thousands of delegates. The host checks every token against its account's security stamp, so the token names
    /// an account: one per role and organisation, without a usable password, made on first use (the delegate is the claim).
    /// </summary>
    public static string BearerTokenFor(this WebApplicationFactory<Program> factory, string role, Guid? organisationId = null, Guid? delegateId = null)
    {
        var (accountId, stamp) = Congress.Modules.Identity.Infrastructure.Security.TestAccounts.Ensure(factory.Services, role, organisationId);
        var claims = new List<System.Security.Claims.Claim>
        {
            new(System.Security.Claims.ClaimTypes.NameIdentifier, accountId.ToString()),
            new(System.Security.Claims.ClaimTypes.Name, $"test-{role}"),
            new(System.Security.Claims.ClaimTypes.Role, role),
            new(Congress.Modules.Identity.Infrastructure.Security.IdentityClaims.SecurityStamp, stamp),
        };
        if (organisationId is { } organisation) claims.Add(new(Congress.Shared.Infrastructure.Security.CongressClaims.Organisation, organisation.ToString()));
        if (delegateId is { } id) claims.Add(new(Congress.Shared.Infrastructure.Security.CongressClaims.Delegate, id.ToString()));
        var scheme = Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenDefaults.AuthenticationScheme;
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>>().Get(scheme);
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(claims, scheme));
        var ticket = new Microsoft.AspNetCore.Authentication.AuthenticationTicket(principal, new Microsoft.AspNetCore.Authentication.AuthenticationProperties
        {
            ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1),
        }, scheme);
        return options.BearerTokenProtector.Protect(ticket);
    }

    /// <summary>
    /// Runs <paramref name="action"/> in its own scope as a caller with <paramref name="role"/>, scoped to the organisation
    /// with <paramref name="organisationCode"/> (null: no organisation): for services other than the mediator.
    /// </summary>
    public static async Task<T> AsCallerAsync<T>(this WebApplicationFactory<Program> factory, string role, string? organisationCode, Func<IServiceProvider, Task<T>> action,
        Guid? delegateId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var claims = new List<System.Security.Claims.Claim>
        {
            new(System.Security.Claims.ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new(System.Security.Claims.ClaimTypes.Name, $"test-{role}"),
            new(System.Security.Claims.ClaimTypes.Role, role),
        };
        if (delegateId is { } id) claims.Add(new(Congress.Shared.Infrastructure.Security.CongressClaims.Delegate, id.ToString()));
        if (organisationCode is not null)
        {
            var organisationId = await scope.ServiceProvider.GetRequiredService<Congress.Modules.Delegates.Contracts.IOrganisationDirectory>().FindByCodeAsync(organisationCode, default)
                ?? throw new InvalidOperationException($"No organisation {organisationCode}");
            claims.Add(new(Congress.Shared.Infrastructure.Security.CongressClaims.Organisation, organisationId.ToString()));
        }
        scope.ServiceProvider.GetRequiredService<Congress.Shared.Infrastructure.Portal.CircuitPrincipal>().User =
            new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(claims, "test"));
        return await action(scope.ServiceProvider);
    }
}
