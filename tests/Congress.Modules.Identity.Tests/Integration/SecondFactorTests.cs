using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Congress.Modules.Identity.Tests.Integration;

/// <summary>A host where officials who manage a congress must have a second factor (Security:RequireSecondFactor=true).</summary>
public class SecondFactorFactory : CongressFactory
{
    public SecondFactorFactory() : this(DatabaseProvider.Sqlite) { }

    protected SecondFactorFactory(DatabaseProvider provider) : base(provider) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RequireSecondFactor", "true");
    }
}

public sealed class PostgresSecondFactorFactory() : SecondFactorFactory(DatabaseProvider.PostgreSql);

/// <summary>
/// The TOTP second factor over REST (docs/adr/0011): required for the system administrator and organising committees,
/// codes computed here with Otp.NET from the secret the enrolment returned. SQLite and PostgreSQL.
/// </summary>
public abstract class SecondFactorTests<TFactory>(TFactory factory) where TFactory : SecondFactorFactory
{
    private const string Password = "Mat-khau-dung-1";
    private const string RefusedTitle = "Tên đăng nhập hoặc mật khẩu không đúng.";
    private const string CodeRequired = "Cần mã xác thực hai lớp.";
    private const string CodeWrong = "Mã xác thực không đúng.";

    [Fact]
    public async Task The_administrator_needs_an_enrolment_then_a_code_and_each_code_works_once()
    {
        var adminId = (await AccountAsync("admin"))!.Id;

        var notEnrolled = await TokenAsync("admin", CongressFactory.DemoPassword);
        notEnrolled.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var enrolFirst = await Problem(notEnrolled);
        enrolFirst.GetProperty("code").GetString().Should().Be("identity.totp_enrolment_required");
        enrolFirst.GetProperty("title").GetString().Should().Contain("xác thực hai lớp");

        var enrolment = await Operator().PostAsync($"/api/identity/accounts/{adminId}/totp", null);
        enrolment.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await enrolment.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("secret").GetString()!;
        secret.Should().MatchRegex("^[A-Z2-7]{32}$");
        body.GetProperty("otpAuthUri").GetString().Should().StartWith("otpauth://totp/Congress:admin?secret=" + secret);

        var withoutCode = await TokenAsync("admin", CongressFactory.DemoPassword);
        withoutCode.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Problem(withoutCode)).GetProperty("title").GetString().Should().Be(CodeRequired);
        var wrongPassword = await TokenAsync("admin", "sai-mat-khau-1", Code(secret));
        (await Problem(wrongPassword)).GetProperty("title").GetString().Should().Be(RefusedTitle, "the code is asked for only after a right password");

        var code = Code(secret);
        var signedIn = await TokenAsync("admin", CongressFactory.DemoPassword, code);
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        (await client.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        var replayed = await TokenAsync("admin", CongressFactory.DemoPassword, code);
        replayed.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a code is accepted once");
        (await Problem(replayed)).GetProperty("title").GetString().Should().Be(CodeWrong);
        (await TokenAsync("admin", CongressFactory.DemoPassword, Code(secret, 30))).StatusCode.Should().Be(HttpStatusCode.OK, "the next step's code is accepted (±1 step)");
    }

    [Fact]
    public async Task Wrong_codes_count_towards_the_lockout_like_wrong_passwords()
    {
        var (id, userName) = await CreateAsync("tf.lock", Roles.OrganisingCommittee);
        var secret = await EnrolByAdministratorAsync(id);
        var right = Code(secret);
        var wrong = ((int.Parse(right) + 500_000) % 1_000_000).ToString("D6");

        for (var i = 0; i < 5; i++)
        {
            var refused = await TokenAsync(userName, Password, wrong);
            refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await Problem(refused)).GetProperty("title").GetString().Should().Be(CodeWrong);
        }
        var locked = await TokenAsync(userName, Password, right);

        locked.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "five wrong codes locked the account");
        (await Problem(locked)).GetProperty("title").GetString().Should().Be(RefusedTitle);
        (await AccountAsync(userName))!.LockedUntilUtc.Should().NotBeNull();
    }

    [Fact]
    public async Task A_secretariat_account_signs_in_without_a_code_and_may_enrol_itself()
    {
        var (_, userName) = await CreateAsync("tf.own", Roles.Secretariat);
        var token = await TokenAsync(userName, Password);
        token.StatusCode.Should().Be(HttpStatusCode.OK, "the requirement is for administrators and organising committees only");
        var client = Bearer((await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);

        var enrolment = await client.PostAsync("/api/identity/me/totp", null);
        enrolment.StatusCode.Should().Be(HttpStatusCode.OK);
        var secret = (await enrolment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        (await TokenAsync(userName, Password)).StatusCode.Should().Be(HttpStatusCode.OK, "not required before it is confirmed");

        var wrongConfirm = await client.PostAsJsonAsync("/api/identity/me/totp/confirm", new { code = "12345x" });
        wrongConfirm.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem(wrongConfirm)).GetProperty("title").GetString().Should().Be(CodeWrong);
        (await client.PostAsJsonAsync("/api/identity/me/totp/confirm", new { code = Code(secret) })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "confirming ends the sessions opened without the factor");
        var withoutCode = await TokenAsync(userName, Password);
        withoutCode.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Problem(withoutCode)).GetProperty("title").GetString().Should().Be(CodeRequired);
        var signedIn = await TokenAsync(userName, Password, Code(secret, 30));
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK);
        var again = Bearer((await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);
        (await again.PostAsync("/api/identity/me/totp", null)).StatusCode.Should().Be(HttpStatusCode.Conflict, "an active factor is replaced only by an administrator");
    }

    [Fact]
    public async Task The_secret_is_stored_only_encrypted()
    {
        var (id, userName) = await CreateAsync("tf.store", Roles.OrganisingCommittee);
        var secret = await EnrolByAdministratorAsync(id);
        var code = Code(secret);
        (await TokenAsync(userName, Password, code)).StatusCode.Should().Be(HttpStatusCode.OK);

        var stored = (await AccountAsync(userName))!;
        stored.TotpActive.Should().BeTrue();
        stored.TotpSecretProtected.Should().NotBeNullOrEmpty().And.NotContain(secret);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = db.Database.ProviderName!.Contains("Sqlite")
            ? "SELECT * FROM accounts" : "SELECT * FROM identity.accounts";
        await using var reader = await command.ExecuteReaderAsync();
        var everything = new System.Text.StringBuilder();
        while (await reader.ReadAsync())
            for (var i = 0; i < reader.FieldCount; i++) everything.Append(reader.GetValue(i)).Append('|');
        everything.ToString().Should().Contain(userName).And.NotContain(secret, "the accounts table holds the secret only encrypted");
    }

    [Fact]
    public async Task A_commune_committee_cannot_reset_or_remove_the_administrators_second_factor()
    {
        var adminId = (await AccountAsync("admin"))!.Id;
        var commune = Bearer(factory.BearerTokenFor(Roles.OrganisingCommittee, await OrganisationAsync("NB-X01")));

        (await commune.PostAsync($"/api/identity/accounts/{adminId}/totp", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await commune.PostAsync($"/api/identity/accounts/{adminId}/totp/remove", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var delegateClient = Bearer(factory.BearerTokenFor(Roles.Delegate, await OrganisationAsync("NB")));
        (await delegateClient.PostAsync($"/api/identity/accounts/{adminId}/totp", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Removing_the_factor_of_a_required_official_brings_back_the_enrolment_refusal()
    {
        var (id, userName) = await CreateAsync("tf.remove", Roles.OrganisingCommittee);
        var secret = await EnrolByAdministratorAsync(id);
        (await TokenAsync(userName, Password, Code(secret))).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Operator().PostAsync($"/api/identity/accounts/{id}/totp/remove", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var refused = await TokenAsync(userName, Password, Code(secret, 30));
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem(refused)).GetProperty("code").GetString().Should().Be("identity.totp_enrolment_required");
        (await AccountAsync(userName))!.TotpSecretProtected.Should().BeNull();
    }

    // ---- helpers ----

    private static string Code(string secret, int offsetSeconds = 0) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(DateTime.UtcNow.AddSeconds(offsetSeconds));

    private HttpClient Operator() => Bearer(factory.BearerTokenFor(Roles.SystemAdmin));

    private HttpClient Bearer(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> EnrolByAdministratorAsync(Guid id)
    {
        var response = await Operator().PostAsync($"/api/identity/accounts/{id}/totp", null);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }

    private async Task<(Guid Id, string UserName)> CreateAsync(string prefix, string role)
    {
        var userName = $"{prefix}.{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        var response = await Operator().PostAsJsonAsync("/api/identity/accounts",
            new { userName, displayName = prefix, password = Password, roles = new[] { role }, organisationCode = "NB" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), userName);
    }

    private Task<HttpResponseMessage> TokenAsync(string userName, string password, string? code = null) =>
        factory.CreateClient().PostAsJsonAsync("/api/identity/token", new { userName, password, code });

    private sealed record StoredAccount(Guid Id, bool TotpActive, string? TotpSecretProtected, DateTime? LockedUntilUtc);

    private async Task<StoredAccount?> AccountAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Accounts.AsNoTracking()
            .Where(a => a.UserName == userName)
            .Select(a => new StoredAccount(a.Id.Value, a.TotpActive, a.TotpSecretProtected, a.LockedUntilUtc)).FirstOrDefaultAsync();
    }

    private async Task<Guid> OrganisationAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Congress.Modules.Delegates.Contracts.IOrganisationDirectory>().FindByCodeAsync(code, default))!.Value;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}

public sealed class SecondFactorSqliteTests(SecondFactorFactory factory) : SecondFactorTests<SecondFactorFactory>(factory), IClassFixture<SecondFactorFactory>;

public sealed class SecondFactorPostgresTests(PostgresSecondFactorFactory factory) : SecondFactorTests<PostgresSecondFactorFactory>(factory), IClassFixture<PostgresSecondFactorFactory>;
