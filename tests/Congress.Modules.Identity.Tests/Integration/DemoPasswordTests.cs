using System.Net;
using System.Net.Http.Json;
using Congress.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Congress.Modules.Identity.Tests.Integration;

/// <summary>An installation without Demo:Password: every demo account gets its own random password, in an owner-only file.</summary>
public sealed class DemoPasswordTests(DemoPasswordTests.RandomPasswordsFactory factory) : IClassFixture<DemoPasswordTests.RandomPasswordsFactory>
{
    public sealed class RandomPasswordsFactory : CongressFactory
    {
        public string SecretsDirectory { get; } = Directory.CreateTempSubdirectory("congress-secrets-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Password", "");
            builder.UseSetting("Secrets:Directory", SecretsDirectory);
        }
    }

    [Fact]
    public async Task Seed_demo_writes_a_random_password_per_account_to_a_file_only_the_owner_reads()
    {
        var path = Path.Combine(factory.SecretsDirectory, "demo-accounts.txt");
        var accounts = File.ReadAllLines(path).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1]);

        if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        accounts.Keys.Should().Contain(["admin", "btc", "btc.x01", "daibieu01", "daibieu03"]);
        accounts.Values.Should().OnlyHaveUniqueItems().And.OnlyContain(p => p.Length == 16);
        var client = factory.CreateClient();
        (await client.PostAsJsonAsync("/api/identity/token", new { userName = "admin", password = accounts["admin"] })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/identity/token", new { userName = "btc", password = CongressFactory.DemoPassword })).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "the old shared demo password opens nothing");
    }
}
