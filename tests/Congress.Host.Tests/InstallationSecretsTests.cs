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

    [Fact]
    public void Without_a_configured_directory_keys_live_in_dot_keys_and_a_key_left_in_dot_data_is_moved_not_replaced()
    {
        var root = Path.Combine(_directory, "root");
        Directory.CreateDirectory(Path.Combine(root, ".data"));
        var existing = Enumerable.Range(1, 32).Select(i => (byte)(i * 3)).ToArray();
        File.WriteAllText(Path.Combine(root, ".data", "ballot-seal.key"), Convert.ToBase64String(existing));
        var secrets = new InstallationSecrets(new ConfigurationBuilder().Build(), new HostingEnvironment { ContentRootPath = root });

        var key = secrets.Get("Voting:SealKey", "ballot-seal.key");
        secrets.Get("Attendance:BadgeKey", "badge.key");

        secrets.Directory.Should().Be(Path.Combine(root, ".keys"), "the keys are not kept beside the database by default");
        key.Should().Equal(existing, "a fresh seal key would leave every sealed ballot unreadable");
        File.Exists(Path.Combine(root, ".keys", "ballot-seal.key")).Should().BeTrue();
        File.Exists(Path.Combine(root, ".data", "ballot-seal.key")).Should().BeFalse("the key no longer lies next to the database");
        File.Exists(Path.Combine(root, ".keys", "badge.key")).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(Path.Combine(root, ".keys")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                "a key directory the host makes is its owner's alone");
    }

    [Fact]
    public void Rotating_makes_a_new_current_key_and_keeps_the_old_ones_after_it_unless_the_key_is_configured()
    {
        var first = Secrets().Get("Security:DataProtectionKey", "data-protection.key");

        var second = Secrets().Rotate("Security:DataProtectionKey", "data-protection.key");

        Secrets().Get("Security:DataProtectionKey", "data-protection.key").Should().Equal(second);
        Secrets().GetRing("Security:DataProtectionKey", "data-protection.key").Should().HaveCount(2).And.Subject.Last().Should().Equal(first);
        InstallationSecrets.KeyId(second).Should().HaveLength(8).And.NotBe(InstallationSecrets.KeyId(first));
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(Path.Combine(_directory, "data-protection.key")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var configured = Secrets(new() { ["Security:DataProtectionKey"] = Convert.ToBase64String(new byte[32]) + "," + Convert.ToBase64String(first) });
        configured.GetRing("Security:DataProtectionKey", "data-protection.key").Should().HaveCount(2, "a configured value may list retired keys after the current one");
        var refused = () => configured.Rotate("Security:DataProtectionKey", "data-protection.key");
        refused.Should().Throw<InvalidOperationException>().WithMessage("*set by configuration*");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
