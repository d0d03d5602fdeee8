using Congress.Modules.Identity.Application.Accounts.CreateAccount;
using Congress.Shared.Kernel;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Security;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Identity.Cli;

/// <summary><c>create-admin &lt;user&gt; [password]</c>: a system administrator; the password may come from CONGRESS_ADMIN_PASSWORD.</summary>
internal sealed class CreateAdminVerb(IServiceScopeFactory scopes) : ICliVerb
{
    public string Name => "create-admin";
    public string Usage => "create-admin <user-name> [password]   (or set CONGRESS_ADMIN_PASSWORD)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var password = arguments.Count > 1 ? arguments[1] : Environment.GetEnvironmentVariable("CONGRESS_ADMIN_PASSWORD");
        if (arguments.Count < 1 || string.IsNullOrEmpty(password))
        {
            output.WriteLine($"Usage: {Usage}");
            return 2;
        }
        await using var scope = scopes.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new CreateAccountCommand(arguments[0], "Quản trị hệ thống", password, [Roles.SystemAdmin], null), cancellationToken);
        output.WriteLine(created.IsSuccess ? $"Đã tạo tài khoản quản trị \"{created.Value.UserName}\"." : created.Error!.Message);
        return created.IsSuccess ? 0 : 1;
    }
}
