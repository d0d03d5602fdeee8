using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Xml.Linq;
using Congress.Host.Cli;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Modules.Identity.Infrastructure.Security;
using Congress.Shared.Infrastructure.Security;
using Congress.Testing;
using FluentAssertions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Host.Tests;

/// <summary>
/// The data-protection key ring (what signs cookies and bearer tokens) is in the database but useless without the key
/// directory; <c>keys rotate</c> re-encrypts it and leaves the keys whose rotation would break something.
/// </summary>
public sealed class KeyRingTests(KeyDirectoryFactory factory) : IClassFixture<KeyDirectoryFactory>
{
    private async Task<string> TokenAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/identity/token", new { userName = "admin", password = CongressFactory.DemoPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<HttpStatusCode> MeAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.SendAsync(request)).StatusCode;
    }

    private async Task<List<string>> RawRowsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync();
    }

    private string CopyKeyDirectory()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"congress-keys-copy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(factory.KeyDirectory)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    [Fact]
    public async Task The_key_ring_in_the_database_holds_no_plain_master_key()
    {
        (await MeAsync(factory.CreateClient(), await TokenAsync(factory.CreateClient()))).Should().Be(HttpStatusCode.OK);

        var rows = await RawRowsAsync();

        rows.Should().NotBeEmpty("signing in made a key");
        rows.Should().OnlyContain(xml => !xml.Contains("<masterKey") && !xml.Contains("unencrypted") && xml.Contains("aesGcmEncryptedSecret"),
            "a copy of the database must not be enough to mint a token");
        File.Exists(Path.Combine(factory.KeyDirectory, KeyRingCipher.FileName)).Should().BeTrue("the master key is in the key directory");
    }

    [Fact]
    public async Task A_host_with_the_database_but_another_key_directory_cannot_open_a_token_and_one_with_the_keys_can()
    {
        var token = await TokenAsync(factory.CreateClient());
        var stranger = Path.Combine(Path.GetTempPath(), $"congress-keys-other-{Guid.NewGuid():N}");
        var copy = CopyKeyDirectory();
        try
        {
            await using (var thief = factory.SecondHost(stranger))
                (await MeAsync(thief.CreateClient(), token)).Should().Be(HttpStatusCode.Unauthorized, "the database alone does not open the key ring");
            await using (var sibling = factory.SecondHost(copy))
                (await MeAsync(sibling.CreateClient(), token)).Should().Be(HttpStatusCode.OK, "a host sharing the key directory accepts it");
        }
        finally
        {
            foreach (var directory in new[] { stranger, copy }) if (Directory.Exists(directory)) Directory.Delete(directory, true);
        }
    }

    [Fact]
    public async Task A_key_stored_in_plain_text_before_the_upgrade_still_opens_what_it_protected_and_is_encrypted_in_place()
    {
        // A key ring as the host wrote it before: ASP.NET Core's default, with no encryptor.
        var legacyFolder = Directory.CreateTempSubdirectory("congress-legacy-ring-");
        var legacy = new ServiceCollection().AddDataProtection().SetApplicationName("Congress").PersistKeysToFileSystem(legacyFolder).Services.BuildServiceProvider();
        var sealedBefore = legacy.GetDataProtector("Congress.Tests.Legacy").Protect("phiên đăng nhập cũ");
        var plainXml = XElement.Load(legacyFolder.GetFiles("key-*.xml").Single().FullName);
        plainXml.ToString().Should().Contain("<masterKey", "the legacy key really is in plain text");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            db.DataProtectionKeys.Add(new DataProtectionKeyRow { Id = Guid.NewGuid(), FriendlyName = "legacy", Xml = plainXml.ToString(SaveOptions.DisableFormatting) });
            await db.SaveChangesAsync();
        }

        var opened = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Congress.Tests.Legacy").Unprotect(sealedBefore);

        opened.Should().Be("phiên đăng nhập cũ");
        (await RawRowsAsync()).Should().OnlyContain(xml => !xml.Contains("<masterKey"), "the plain key was encrypted in place when the ring was read");
        legacyFolder.Delete(true);
    }

    [Fact]
    public async Task Keys_rotate_re_encrypts_the_ring_under_a_new_master_key_keeps_sessions_and_names_what_it_does_not_rotate()
    {
        var token = await TokenAsync(factory.CreateClient());
        var secrets = factory.Services.GetRequiredService<InstallationSecrets>();
        var before = secrets.Get(KeyRingCipher.ConfigurationKey, KeyRingCipher.FileName);
        var badge = secrets.Get("Attendance:BadgeKey", "badge.key");
        var seal = secrets.Get("Voting:SealKey", "ballot-seal.key");
        var rowsBefore = (await RawRowsAsync()).Count;
        var output = new StringWriter();

        var exit = await CliRunner.RunAsync(factory.Services, ["keys", "rotate"], output, default);

        exit.Should().Be(0, output.ToString());
        var ring = secrets.GetRing(KeyRingCipher.ConfigurationKey, KeyRingCipher.FileName);
        ring.Should().HaveCount(2).And.Subject.Last().Should().Equal(before, "the old master key is kept for older backups");
        var current = InstallationSecrets.KeyId(ring[0]);
        var rows = await RawRowsAsync();
        rows.Should().HaveCount(rowsBefore + 1, "a new signing key is made");
        var keyIds = rows.Select(x => XElement.Parse(x).Descendants(KeyRingCipher.Encrypted).Single().Attribute("keyId")!.Value).ToList();
        keyIds.Should().Contain(current).And.NotContain(InstallationSecrets.KeyId(before), "every stored key is re-encrypted under the new master key");
        secrets.Get("Attendance:BadgeKey", "badge.key").Should().Equal(badge, "printed badges must keep scanning");
        secrets.Get("Voting:SealKey", "ballot-seal.key").Should().Equal(seal, "sealed ballots of an unpublished poll must still open");
        output.ToString().Should().Contain("ballot-seal.key").And.Contain("badge.key").And.Contain("audit.key").And.Contain("KHÔNG đổi");

        // A fresh host with only the NEW master key (the retired one struck from the file) still accepts the old token.
        var copy = CopyKeyDirectory();
        try
        {
            var path = Path.Combine(copy, KeyRingCipher.FileName);
            File.WriteAllText(path, File.ReadAllLines(path)[0]);
            await using var restarted = factory.SecondHost(copy);
            (await MeAsync(restarted.CreateClient(), token)).Should().Be(HttpStatusCode.OK, "sessions survive a rotation; nothing is revoked");
        }
        finally { Directory.Delete(copy, true); }
    }

    [Fact]
    public async Task Keys_shows_the_key_directory_and_asks_for_a_separate_backup()
    {
        var output = new StringWriter();

        var exit = await CliRunner.RunAsync(factory.Services, ["keys"], output, default);

        exit.Should().Be(0);
        output.ToString().Should().Contain(factory.KeyDirectory).And.Contain("RIÊNG với cơ sở dữ liệu").And.Contain("ballot-seal.key");
        (await CliRunner.RunAsync(factory.Services, ["keys", "shred"], new StringWriter(), default)).Should().Be(2, "an unknown sub-command is refused");
    }
}
