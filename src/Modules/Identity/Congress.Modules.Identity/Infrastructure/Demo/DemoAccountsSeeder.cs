using Congress.Modules.Identity.Application.Accounts.CreateAccount;
using Congress.Shared.Kernel;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Identity.Infrastructure.Demo;

/// <summary>One demo account per role, scoped to the demo province (the monitor to the centre, one to a commune).</summary>
internal sealed class DemoAccountsSeeder(IServiceScopeFactory scopes) : IDemoSeeder
{
    /// <summary>The demo password of every demo account; printed by <c>./congress.sh up</c>. Change it for real use.</summary>
    public const string DemoPassword = "DaiHoi@2025";

    private static readonly (string User, string Name, string Role, string? Organisation)[] Accounts =
    [
        ("admin", "Quản trị hệ thống", Roles.SystemAdmin, null),
        ("btc", "Ban Tổ chức Đại hội", Roles.OrganisingCommittee, "NB"),
        ("thuky", "Đoàn Thư ký", Roles.Secretariat, "NB"),
        ("thamtra", "Ban Thẩm tra tư cách đại biểu", Roles.CredentialsBoard, "NB"),
        ("giamsat", "Giám sát Trung ương", Roles.Monitor, "TW"),
        ("quansat", "Khách mời quan sát", Roles.Observer, "NB"),
        ("btc.x01", "Ban Tổ chức Đại hội xã Hoa Lư", Roles.OrganisingCommittee, "NB-X01"),
    ];

    public async Task SeedAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Accounts.AnyAsync(cancellationToken))
        {
            output.WriteLine("Tài khoản đã có; bỏ qua tài khoản mẫu.");
            return;
        }
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var (user, name, role, organisation) in Accounts)
        {
            var created = await mediator.Send(new CreateAccountCommand(user, name, DemoPassword, [role], organisation), cancellationToken);
            if (created.IsFailure) throw new InvalidOperationException($"Demo account {user}: {created.Error!.Message}");
        }
        var delegates = await DelegateAccountsAsync(scope.ServiceProvider, mediator, cancellationToken);
        output.WriteLine($"Tài khoản mẫu (mật khẩu chung \"{DemoPassword}\"): {string.Join(", ", Accounts.Select(a => $"{a.User} ({Roles.DisplayName(a.Role)})"))}"
            + (delegates.Count > 0 ? $", {string.Join(", ", delegates)} ({Roles.DisplayName(Roles.Delegate)})." : "."));
    }

    /// <summary>Tablet accounts for the first three qualified official delegates of the demo congress: daibieu01…03.</summary>
    private static async Task<List<string>> DelegateAccountsAsync(IServiceProvider services, IMediator mediator, CancellationToken cancellationToken)
    {
        var congress = (await services.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(cancellationToken)).FirstOrDefault();
        if (congress is null) return [];
        var roster = await services.GetRequiredService<IDelegateRoster>().ListAsync(congress.Id, cancellationToken);
        var created = new List<string>();
        foreach (var (entry, i) in roster.Where(d => d.Kind == "Official" && d.CredentialsApproved).Take(3).Select((d, i) => (d, i)))
        {
            var user = $"daibieu{i + 1:00}";
            var account = await mediator.Send(new CreateAccountCommand(user, entry.FullName, DemoPassword, [Roles.Delegate], "NB", DelegateId: entry.DelegateId), cancellationToken);
            if (account.IsFailure) throw new InvalidOperationException($"Demo account {user}: {account.Error!.Message}");
            created.Add(user);
        }
        return created;
    }
}
