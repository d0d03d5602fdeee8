using Congress.Modules.Attendance.Application.Badges;
using Congress.Modules.Attendance.Domain.Ledger;
using Congress.Modules.Attendance.Domain.Sessions;
using Congress.Shared.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace Congress.Modules.Attendance.Tests.Domain;

public sealed class LedgerRulesTests
{
    private static readonly AttendanceSession Session = AttendanceSession.Open(Guid.NewGuid(), "Phiên trù bị", SessionKind.Preparatory, "thuky", DateTime.UtcNow).Value;
    private static readonly Scan Qr = Scan.Create(CheckInMethod.QrBadge, "Cổng A", null, null, null, "kiosk").Value;

    private static PresenceEvent Line(int sequence, Direction direction) => PresenceEvent.Create(Session, Guid.NewGuid(), sequence, direction, Qr, DateTime.UtcNow);

    [Fact]
    public void Entry_exit_and_re_entry_alternate_and_number_the_lines()
    {
        LedgerRules.Decide(null, Direction.Entry).Should().Be((LedgerOutcome.Recorded, 1));
        LedgerRules.Decide(Line(1, Direction.Entry), Direction.Entry).Outcome.Should().Be(LedgerOutcome.AlreadyInside);
        LedgerRules.Decide(Line(1, Direction.Entry), Direction.Exit).Should().Be((LedgerOutcome.Recorded, 2));
        LedgerRules.Decide(Line(2, Direction.Exit), Direction.Exit).Outcome.Should().Be(LedgerOutcome.NotInside);
        LedgerRules.Decide(null, Direction.Exit).Outcome.Should().Be(LedgerOutcome.NotInside);
        LedgerRules.Decide(Line(2, Direction.Exit), Direction.Entry).Should().Be((LedgerOutcome.Recorded, 3));
    }

    [Fact]
    public void A_manual_check_in_needs_a_reason()
    {
        Scan.Create(CheckInMethod.Manual, null, null, "  ", null, "thuky").Error!.Code.Should().Be("attendance.reason");
        Scan.Create(CheckInMethod.Manual, null, null, "Quên thẻ", null, "thuky").IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void A_badge_verifies_only_unaltered_and_only_with_its_key()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var signer = new BadgeSigner(Secrets(new() { ["Attendance:BadgeKey"] = key }));
        var other = new BadgeSigner(Secrets(new() { ["Attendance:BadgeKey"] = Convert.ToBase64String(new byte[32]) }));
        var (congress, delegateId) = (Guid.NewGuid(), Guid.NewGuid());
        var token = signer.Sign(congress, delegateId);

        signer.Verify(token).Should().Be((congress, delegateId));
        other.Verify(token).Should().BeNull("another key did not sign it");
        signer.Verify(token.Replace(delegateId.ToString("N"), Guid.NewGuid().ToString("N"))).Should().BeNull("the delegate was swapped");
        signer.Verify(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1]).Should().BeNull("the signature was altered");
        signer.Verify("not a badge").Should().BeNull();
        signer.Verify("").Should().BeNull();
    }

    private static InstallationSecrets Secrets(Dictionary<string, string?> settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
}
