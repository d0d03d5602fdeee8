using System.Security.Claims;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using FluentAssertions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Host.Tests;

/// <summary>
/// A portal page sends its commands through <see cref="PortalSender.Run{T}"/>. A write the database refuses after every
/// check let it through — someone else's change committed first, or a row that clashes — must come back as a message
/// the page shows (the same words REST answers with 409), not as an exception that breaks the official's page.
/// </summary>
public sealed class PortalSenderTests
{
    private sealed record SaveCommand : IRequest<Result<int>>;

    private sealed record SaveWithoutValueCommand : IRequest<Result>;

    /// <summary>The module's pipeline, reduced to what the database answered on commit.</summary>
    private sealed class CommittingMediator(Exception refusal) : IMediator
    {
        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) => Task.FromException<TResponse>(refusal);
        public Task Send(IRequest request, CancellationToken cancellationToken = default) => Task.FromException(refusal);
        public Task Publish(INotification notification, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default) where TNotification : INotification => Task.CompletedTask;
    }

    private static PortalSender SenderAnswering(Exception refusal)
    {
        var services = new ServiceCollection();
        services.AddScoped<CircuitPrincipal>();
        services.AddScoped<IMediator>(_ => new CommittingMediator(refusal));
        var provider = services.BuildServiceProvider();
        var circuit = new CircuitPrincipal { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "thuky")], "test")) };
        return new PortalSender(provider.GetRequiredService<IServiceScopeFactory>(), circuit);
    }

    [Fact]
    public async Task A_change_someone_else_committed_first_is_told_to_the_page_as_a_conflict_to_reload()
    {
        var sender = SenderAnswering(new DbUpdateConcurrencyException("The database operation was expected to affect 1 row(s), but actually affected 0 row(s)."));

        var withValue = await sender.Run(new SaveCommand());
        var withoutValue = await sender.Run(new SaveWithoutValueCommand());

        withValue.Error.Should().BeEquivalentTo(new { Kind = ErrorKind.Conflict, Code = "store.changed_meanwhile" });
        withValue.Error!.Message.Should().Contain("tải lại");
        withoutValue.Error.Should().BeEquivalentTo(withValue.Error);
    }

    [Fact]
    public async Task A_row_that_clashes_with_one_already_stored_is_told_to_the_page_and_other_failures_still_surface()
    {
        var clash = await SenderAnswering(new DbUpdateException("UNIQUE constraint failed: agenda_sessions.CongressId, agenda_sessions.Day")).Run(new SaveCommand());
        var bug = () => SenderAnswering(new InvalidOperationException("a bug")).Run(new SaveCommand());

        clash.Error.Should().BeEquivalentTo(new { Kind = ErrorKind.Conflict, Code = "store.conflict" });
        clash.Error!.Message.Should().NotContain("UNIQUE", "the database's words are not the official's");
        await bug.Should().ThrowAsync<InvalidOperationException>("a fault that is not a refused write is not dressed up as one");
    }
}
