using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Identity.Tests.Integration;

/// <summary>
/// Accounts over REST on a migrated database with the demo congress: who may link an account to a delegate, the account
/// lifecycle (every session and token ends when it should), and the lockout. SQLite and PostgreSQL.
/// </summary>
public abstract class AccountTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private const string Password = "Mat-khau-dung-1";
    private const string RefusedTitle = "Tên đăng nhập hoặc mật khẩu không đúng.";

    // ---- 1. Linking an account to a delegate ----

    [Fact]
    public async Task A_commune_committee_cannot_link_an_account_to_a_province_delegate()
    {
        var delegateId = await DelegateIdAsync("DB100");
        var commune = await factory.ClientForAsync("btc.x01");
        var userName = Unique("db100.x01");

        (await commune.GetAsync($"/api/delegates/delegates/{delegateId}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the commune cannot read the delegate");
        var create = await commune.PostAsJsonAsync("/api/identity/accounts",
            new { userName, displayName = "Giả danh", password = Password, roles = new[] { Roles.Delegate }, organisationCode = "NB-X01", delegateId });

        create.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem(create)).GetProperty("code").GetString().Should().Be("identity.delegate_not_found");
        (await AccountAsync(userName)).Should().BeNull("nothing was written");
        (await factory.CreateClient().PostAsJsonAsync("/api/identity/token", new { userName, password = Password })).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_administrator_links_a_delegate_once_and_a_second_link_is_a_conflict()
    {
        var delegateId = await DelegateIdAsync("DB101");
        var admin = await factory.ClientForAsync("admin");
        var userName = Unique("db101");

        var first = await admin.PostAsJsonAsync("/api/identity/accounts",
            new { userName, displayName = "Đại biểu 101", password = Password, roles = new[] { Roles.Delegate }, delegateId });
        var second = await admin.PostAsJsonAsync("/api/identity/accounts",
            new { userName = Unique("db101.again"), displayName = "Đại biểu 101", password = Password, roles = new[] { Roles.Delegate }, delegateId });

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var account = await first.Content.ReadFromJsonAsync<JsonElement>();
        account.GetProperty("delegateId").GetGuid().Should().Be(delegateId);
        account.GetProperty("organisationId").GetGuid().Should().Be(await OrganisationAsync("NB"), "a delegate's account belongs to the congress's organisation");
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Problem(second)).GetProperty("code").GetString().Should().Be("identity.delegate_taken");
    }

    [Fact]
    public async Task The_province_committee_may_link_its_own_delegate_but_only_with_the_delegate_role_and_organisation()
    {
        var delegateId = await DelegateIdAsync("DB102");
        var province = await factory.ClientForAsync("btc");

        var asSecretariat = await province.PostAsJsonAsync("/api/identity/accounts",
            new { userName = Unique("db102.tk"), displayName = "x", password = Password, roles = new[] { Roles.Secretariat }, organisationCode = "NB", delegateId });
        var inCommune = await province.PostAsJsonAsync("/api/identity/accounts",
            new { userName = Unique("db102.xa"), displayName = "x", password = Password, roles = new[] { Roles.Delegate }, organisationCode = "NB-X01", delegateId });
        var right = await province.PostAsJsonAsync("/api/identity/accounts",
            new { userName = Unique("db102"), displayName = "x", password = Password, roles = new[] { Roles.Delegate }, organisationCode = "NB", delegateId });

        asSecretariat.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        inCommune.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        right.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    // ---- 2. Lifecycle ----

    [Fact]
    public async Task Disabling_ends_the_accounts_tokens_and_sign_in_and_enabling_does_not_revive_old_tokens()
    {
        var admin = await factory.ClientForAsync("admin");
        var (id, userName) = await CreateAsync(admin, "lc.disable", Roles.Secretariat, "NB");
        var tablet = await SignedInAsync(userName, Password);
        (await tablet.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        var disabled = await admin.PostAsync($"/api/identity/accounts/{id}/disable", null);

        disabled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isDisabled").GetBoolean().Should().BeTrue();
        (await tablet.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the token stops working at once on this host");
        var refused = await TokenAsync(userName, Password);
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Problem(refused)).GetProperty("title").GetString().Should().Be(RefusedTitle);

        (await admin.PostAsync($"/api/identity/accounts/{id}/enable", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await tablet.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a token of before the disabling stays dead");
        (await (await SignedInAsync(userName, Password)).GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Revoking_sessions_ends_both_the_portal_cookie_and_the_bearer_token_but_keeps_the_password()
    {
        var admin = await factory.ClientForAsync("admin");
        var (id, userName) = await CreateAsync(admin, "lc.revoke", Roles.OrganisingCommittee, "NB");
        var bearer = await SignedInAsync(userName, Password);
        var browser = await CookieSignInAsync(userName, Password);
        (await browser.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.OK, "the cookie works before");

        (await admin.PostAsync($"/api/identity/accounts/{id}/revoke-sessions", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await browser.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/accounts")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the portal sends the revoked browser to the sign-in page");
        (await bearer.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await TokenAsync(userName, Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_ones_own_password_needs_the_current_one_and_ends_the_old_tokens()
    {
        var admin = await factory.ClientForAsync("admin");
        var (_, userName) = await CreateAsync(admin, "lc.own", Roles.Observer, "NB");
        var client = await SignedInAsync(userName, Password);
        const string newPassword = "Mat-khau-moi-2";

        var wrong = await client.PostAsJsonAsync("/api/identity/me/password", new { currentPassword = "sai-mat-khau-1", newPassword });
        var tooShort = await client.PostAsJsonAsync("/api/identity/me/password", new { currentPassword = Password, newPassword = "ngan" });
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem(wrong)).GetProperty("code").GetString().Should().Be("identity.current_password");
        tooShort.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.OK, "a refused change changes nothing");

        (await client.PostAsJsonAsync("/api/identity/me/password", new { currentPassword = Password, newPassword })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await TokenAsync(userName, Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await TokenAsync(userName, newPassword)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.CreateClient().PostAsJsonAsync("/api/identity/me/password", new { currentPassword = newPassword, newPassword = "Khac-han-3xx" }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized, "only a signed-in caller changes a password, and only their own");
    }

    [Fact]
    public async Task An_organising_committee_resets_passwords_in_its_subtree_only()
    {
        var admin = await factory.ClientForAsync("admin");
        var (provinceId, provinceUser) = await CreateAsync(admin, "lc.reset", Roles.Secretariat, "NB");
        var (communeId, communeUser) = await CreateAsync(admin, "lc.reset.x01", Roles.Secretariat, "NB-X01");
        var adminId = (await AccountAsync("admin"))!.Value;
        var old = await SignedInAsync(provinceUser, Password);
        const string reset = "Dat-lai-boi-btc";

        var byProvince = await (await factory.ClientForAsync("btc")).PostAsJsonAsync($"/api/identity/accounts/{provinceId}/password", new { newPassword = reset });
        var communeOnProvince = await (await factory.ClientForAsync("btc.x01")).PostAsJsonAsync($"/api/identity/accounts/{provinceId}/password", new { newPassword = "Khong-duoc-phep" });
        var communeOnOwn = await (await factory.ClientForAsync("btc.x01")).PostAsJsonAsync($"/api/identity/accounts/{communeId}/password", new { newPassword = reset });
        var provinceOnAdmin = await (await factory.ClientForAsync("btc")).PostAsJsonAsync($"/api/identity/accounts/{adminId}/password", new { newPassword = "Khong-duoc-phep" });
        var observer = await (await factory.ClientForAsync("quansat")).PostAsJsonAsync($"/api/identity/accounts/{provinceId}/password", new { newPassword = "Khong-duoc-phep" });
        var delegateTablet = await (await factory.ClientForAsync("daibieu01")).PostAsJsonAsync($"/api/identity/accounts/{provinceId}/password", new { newPassword = "Khong-duoc-phep" });

        byProvince.StatusCode.Should().Be(HttpStatusCode.NoContent);
        communeOnOwn.StatusCode.Should().Be(HttpStatusCode.NoContent);
        communeOnProvince.StatusCode.Should().Be(HttpStatusCode.NotFound);
        provinceOnAdmin.StatusCode.Should().Be(HttpStatusCode.NotFound, "an organising committee never touches a system administrator's account");
        observer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        delegateTablet.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await old.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a reset ends the account's sessions");
        (await TokenAsync(provinceUser, reset)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await TokenAsync(communeUser, reset)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await TokenAsync("admin", CongressFactory.DemoPassword)).StatusCode.Should().Be(HttpStatusCode.OK, "the refused resets changed nothing");
    }

    [Fact]
    public async Task Disabling_and_revoking_are_refused_outside_the_subtree_and_to_observers_and_delegates()
    {
        var admin = await factory.ClientForAsync("admin");
        var (id, userName) = await CreateAsync(admin, "lc.refused", Roles.Secretariat, "NB");
        var commune = await factory.ClientForAsync("btc.x01");
        var observer = await factory.ClientForAsync("quansat");
        var delegateTablet = await factory.ClientForAsync("daibieu02");

        (await commune.PostAsync($"/api/identity/accounts/{id}/disable", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await commune.PostAsync($"/api/identity/accounts/{id}/revoke-sessions", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await observer.PostAsync($"/api/identity/accounts/{id}/disable", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await delegateTablet.PostAsync($"/api/identity/accounts/{id}/revoke-sessions", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.PostAsync($"/api/identity/accounts/{Guid.NewGuid()}/disable", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await TokenAsync(userName, Password)).StatusCode.Should().Be(HttpStatusCode.OK, "nothing was disabled");
    }

    [Fact]
    public async Task An_administrator_cannot_disable_the_account_they_are_signed_in_with()
    {
        var admin = await factory.ClientForAsync("admin");
        var adminId = (await AccountAsync("admin"))!.Value;

        var response = await admin.PostAsync($"/api/identity/accounts/{adminId}/disable", null);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.GetAsync("/api/identity/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Account_actions_are_audited_without_the_passwords()
    {
        var admin = await factory.ClientForAsync("admin");
        var (id, _) = await CreateAsync(admin, "lc.audit", Roles.Secretariat, "NB");
        const string secret = "Bi-mat-khong-ghi-99";

        await admin.PostAsJsonAsync($"/api/identity/accounts/{id}/password", new { newPassword = secret });
        await admin.PostAsync($"/api/identity/accounts/{id}/disable", null);

        await using var scope = factory.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Payload.Contains(id.ToString())).ToListAsync();
        entries.Select(e => e.Action).Should().Contain(["ResetPasswordCommand", "DisableAccountCommand"]);
        entries.Should().OnlyContain(e => !e.Payload.Contains(secret));
        var resetEntry = entries.Single(e => e.Action == "ResetPasswordCommand");
        resetEntry.Actor.Should().Contain("admin");
    }

    [Fact]
    public async Task The_openapi_document_lists_the_account_actions()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        document.Should().Contain("/api/identity/accounts/{id}/password").And.Contain("/api/identity/accounts/{id}/disable")
            .And.Contain("/api/identity/accounts/{id}/enable").And.Contain("/api/identity/accounts/{id}/revoke-sessions")
            .And.Contain("/api/identity/me/password");
    }

    [Fact]
    public async Task Open_portal_pages_are_checked_against_the_account()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>()
            .Should().BeOfType<Congress.Modules.Identity.Infrastructure.Security.AccountRevalidation>();
    }

    // ---- 3. Lockout ----

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_answer_is_the_same_as_for_a_wrong_password()
    {
        var admin = await factory.ClientForAsync("admin");
        var (id, userName) = await CreateAsync(admin, "lc.lockout", Roles.Secretariat, "NB");

        for (var i = 0; i < 5; i++) (await TokenAsync(userName, $"sai-mat-khau-{i}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var locked = await TokenAsync(userName, Password);
        var unknown = await TokenAsync(Unique("khong-co-ai"), Password);

        locked.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the right password does not open a locked account");
        (await Problem(locked)).GetProperty("title").GetString().Should().Be(RefusedTitle);
        (await Problem(unknown)).GetProperty("title").GetString().Should().Be(RefusedTitle, "a locked account answers like an unknown one");
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/identity/accounts")).EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        listed.GetProperty("lockedUntilUtc").GetDateTime().Should().BeCloseTo(DateTime.UtcNow.AddMinutes(1), TimeSpan.FromSeconds(30));

        (await admin.PostAsJsonAsync($"/api/identity/accounts/{id}/password", new { newPassword = "Mo-khoa-bang-dat-lai" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await TokenAsync(userName, "Mo-khoa-bang-dat-lai")).StatusCode.Should().Be(HttpStatusCode.OK, "a reset lifts the lockout");
    }

    [Fact]
    public async Task Wrong_passwords_below_the_threshold_do_not_lock_and_a_success_clears_them()
    {
        var admin = await factory.ClientForAsync("admin");
        var (_, userName) = await CreateAsync(admin, "lc.below", Roles.Secretariat, "NB");

        for (var i = 0; i < 4; i++) await TokenAsync(userName, "sai-mat-khau");
        (await TokenAsync(userName, Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        for (var i = 0; i < 4; i++) await TokenAsync(userName, "sai-mat-khau");

        (await TokenAsync(userName, Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the count started again after the success");
    }

    // ---- helpers ----

    private static string Unique(string prefix) => $"{prefix}.{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 9, 60)];

    private async Task<(Guid Id, string UserName)> CreateAsync(HttpClient admin, string prefix, string role, string organisation)
    {
        var userName = Unique(prefix);
        var response = await admin.PostAsJsonAsync("/api/identity/accounts",
            new { userName, displayName = prefix, password = Password, roles = new[] { role }, organisationCode = organisation });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), userName);
    }

    private Task<HttpResponseMessage> TokenAsync(string userName, string password) =>
        factory.CreateClient().PostAsJsonAsync("/api/identity/token", new { userName, password });

    private async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var response = await TokenAsync(userName, password);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>A browser: the sign-in form with its antiforgery token, then the portal cookie.</summary>
    private async Task<HttpClient> CookieSignInAsync(string userName, string password)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await browser.GetStringAsync("/login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/",
        }));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/", "the sign-in was accepted");
        return browser;
    }

    private async Task<Guid?> AccountAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Accounts.AsNoTracking()
            .Where(a => a.UserName == userName).Select(a => (Guid?)a.Id.Value).FirstOrDefaultAsync();
    }

    private async Task<Guid> DelegateIdAsync(string code)
    {
        var congressId = (await factory.AsCallerAsync(Roles.SystemAdmin, null, s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().FindByCodeAsync(congressId, code, default))!.DelegateId;
    }

    private async Task<Guid> OrganisationAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(code, default))!.Value;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}

public sealed class AccountSqliteTests(CongressFactory factory) : AccountTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

public sealed class AccountPostgresTests(PostgresCongressFactory factory) : AccountTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
