using Congress.Modules.Identity.Domain.Accounts;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Tests.Domain;

public sealed class LockoutTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc);
    private static readonly LockoutPolicy Policy = LockoutPolicy.Default;

    private static UserAccount NewAccount() => UserAccount.Create("thuky", "Thư ký", [Roles.Secretariat], Guid.NewGuid(), null, Now).Value;

    [Fact]
    public void Lockouts_double_from_one_minute_up_to_one_hour()
    {
        Enumerable.Range(0, 9).Select(Policy.Duration).Select(d => d.TotalMinutes)
            .Should().Equal(1, 2, 4, 8, 16, 32, 60, 60, 60);
    }

    [Fact]
    public void Five_wrong_passwords_lock_the_account_for_a_minute_and_the_next_five_for_two()
    {
        var account = NewAccount();

        Enumerable.Range(0, 4).Select(_ => account.RecordFailedSignIn(Now, Policy)).Should().OnlyContain(locked => !locked);
        account.IsLockedOut(Now).Should().BeFalse();
        account.RecordFailedSignIn(Now, Policy).Should().BeTrue();
        account.IsLockedOut(Now.AddSeconds(59)).Should().BeTrue();
        account.IsLockedOut(Now.AddMinutes(1)).Should().BeFalse();

        var later = Now.AddMinutes(1);
        for (var i = 0; i < 5; i++) account.RecordFailedSignIn(later, Policy);
        account.LockedUntilUtc.Should().Be(later.AddMinutes(2));
    }

    [Fact]
    public void A_successful_sign_in_starts_the_backoff_again()
    {
        var account = NewAccount();
        for (var i = 0; i < 10; i++) account.RecordFailedSignIn(Now, Policy);

        account.RecordSuccessfulSignIn();
        for (var i = 0; i < 5; i++) account.RecordFailedSignIn(Now, Policy);

        account.LockedUntilUtc.Should().Be(Now.AddMinutes(1));
    }

    [Fact]
    public void Password_change_and_disabling_renew_the_stamp_but_enabling_does_not()
    {
        var account = NewAccount();
        var stamps = new List<string> { account.SecurityStamp };

        account.SetPasswordHash("hash");
        stamps.Add(account.SecurityStamp);
        account.Disable();
        stamps.Add(account.SecurityStamp);
        account.Enable();
        stamps.Add(account.SecurityStamp);

        stamps.Take(3).Should().OnlyHaveUniqueItems().And.OnlyContain(s => s.Length == 32);
        stamps[3].Should().Be(stamps[2]);
    }
}
