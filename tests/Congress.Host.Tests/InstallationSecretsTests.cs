using Congress.Shared.Infrastructure.Security;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace Congress.Host.Tests;

/// <summary>The keys that must survive a restart and stay out of the database: badge signing, ballot sealing.</summary>
public sealed class InstallationSecretsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"congress-secrets-{Guid.NewGuid():N}");

    private InstallationSecrets Secrets(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(settings ?? []) { ["Secrets:Directory"] = _directory })
            .Build();
        return new InstallationSecrets(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
    }

    [Fact]
    public void A_key_is_made_once_readable_by_the_owner_only_and_found_again_after_a_restart()
    {
        var first = Secrets().Get("Voting:SealKey", "ballot-seal.key");
        var afterRestart = Secrets().Get("Voting:SealKey", "ballot-seal.key");

        first.Should().HaveCount(InstallationSecrets.MinimumBytes);
        afterRestart.Should().Equal(first);
        Secrets().Get("Attendance:BadgeKey", "badge.key").Should().NotEqual(first, "each purpose has its own key");
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(Path.Combine(_directory, "ballot-seal.key")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void A_configured_key_wins_and_a_short_or_garbled_one_is_refused_by_name()
    {
        var configured = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        Secrets(new() { ["Voting:SealKey"] = Convert.ToBase64String(configured) }).Get("Voting:SealKey", "ballot-seal.key").Should().Equal(configured);
        File.Exists(Path.Combine(_directory, "ballot-seal.key")).Should().BeFalse("a configured key needs no file");

        var tooShort = () => Secrets(new() { ["Voting:SealKey"] = Convert.ToBase64String(new byte[16]) }).Get("Voting:SealKey", "ballot-seal.key");
        tooShort.Should().Throw<InvalidOperationException>().WithMessage("*Voting:SealKey*32 bytes*");
        var garbled = () => Secrets(new() { ["Voting:SealKey"] = "not base64!" }).Get("Voting:SealKey", "ballot-seal.key");
        garbled.Should().Throw<InvalidOperationException>().WithMessage("*Voting:SealKey*base64*");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
