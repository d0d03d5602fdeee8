using Congress.Modules.Identity.Application.Accounts.CreateAccount;
using Congress.Shared.Kernel;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Security;
using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Identity.Infrastructure.Demo;

/// <summary>
/// One demo account per role, scoped to the demo province (the monitor to the centre, one to a commune). Each gets its own
/// random password, written to <see cref="PasswordsFile"/> in the installation's secrets directory, readable by the owner
/// only; nothing prints a password. <c>Demo:Password</c> gives every demo account that one password instead (the tests).
/// </summary>
internal sealed class DemoAccountsSeeder(IServiceScopeFactory scopes, IConfiguration configuration, InstallationSecrets secrets) : IDemoSeeder
{
    public const string PasswordsFile = "demo-accounts.txt";

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
        var passwords = new List<(string User, string Role, string Password)>();
        foreach (var (user, name, role, organisation) in Accounts)
        {
            var password = PasswordFor();
            var created = await mediator.Send(new CreateAccountCommand(user, name, password, [role], organisation), cancellationToken);
            if (created.IsFailure) throw new InvalidOperationException($"Demo account {user}: {created.Error!.Message}");
            passwords.Add((user, role, password));
        }
        passwords.AddRange(await DelegateAccountsAsync(scope.ServiceProvider, mediator, cancellationToken));
        var accounts = string.Join(", ", passwords.Select(a => $"{a.User} ({Roles.DisplayName(a.Role)})"));
        if (configuration["Demo:Password"] is { Length: > 0 })
        {
            output.WriteLine($"Tài khoản mẫu (mật khẩu chung đặt bởi Demo:Password): {accounts}.");
            return;
        }
        var file = new StringBuilder()
            .AppendLine("# Tài khoản mẫu của bản cài đặt này / this installation's demo accounts. Đổi mật khẩu trước khi dùng thật.")
            .AppendLine("# user\tpassword\trole");
        foreach (var (user, role, password) in passwords) file.Append(user).Append('\t').Append(password).Append('\t').AppendLine(role);
        var path = secrets.WriteOwnerOnly(PasswordsFile, file.ToString());
        output.WriteLine($"Tài khoản mẫu: {accounts}. Mật khẩu (mỗi tài khoản một mật khẩu ngẫu nhiên) ở tệp {path} — chỉ chủ sở hữu đọc được.");
    }

    /// <summary>Demo:Password when set (tests), else a fresh random password: 16 characters of an unambiguous alphabet (~90 bits).</summary>
    private string PasswordFor()
    {
        if (configuration["Demo:Password"] is { Length: > 0 } configured) return configured;
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 16);
    }

    /// <summary>Tablet accounts for the first three qualified official delegates of the demo congress: daibieu01…03.</summary>
    private async Task<List<(string User, string Role, string Password)>> DelegateAccountsAsync(IServiceProvider services, IMediator mediator, CancellationToken cancellationToken)
    {
        var congress = (await services.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(cancellationToken)).FirstOrDefault();
        if (congress is null) return [];
        var roster = await services.GetRequiredService<IDelegateRoster>().ListAsync(congress.Id, cancellationToken);
        var created = new List<(string User, string Role, string Password)>();
        foreach (var (entry, i) in roster.Where(d => d.Kind == "Official" && d.CredentialsApproved).Take(3).Select((d, i) => (d, i)))
        {
            var user = $"daibieu{i + 1:00}";
            var password = PasswordFor();
            var account = await mediator.Send(new CreateAccountCommand(user, entry.FullName, password, [Roles.Delegate], "NB", DelegateId: entry.DelegateId), cancellationToken);
            // A host whose roster is a stand-in (load tests, benches) names delegates Delegates does not hold: no tablet account then.
            if (account.Error?.Kind == ErrorKind.NotFound) continue;
            if (account.IsFailure) throw new InvalidOperationException($"Demo account {user}: {account.Error!.Message}");
            created.Add((user, Roles.Delegate, password));
        }
        return created;
    }
}
