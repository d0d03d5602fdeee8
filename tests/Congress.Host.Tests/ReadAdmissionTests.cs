using System.Collections.Concurrent;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using FluentAssertions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Host.Tests;

/// <summary>
/// Dashboard reads are admitted a few at a time by the request pipeline, so that a crowd of officials reloading their
/// dashboards cannot starve the writes (bench: 16 writers beside 200 readers went from 27–59 updates a second with
/// p99 0.8–1.4 s to 143 a second with p99 205 ms). Here through the real pipeline with one slot: a second dashboard read
/// waits for the first, an official's own read does not wait at all, and a read that fails gives its slot back.
/// </summary>
public sealed class ReadAdmissionTests
{
    private sealed record DashboardRead(string Name) : IDashboardQuery<Result<string>>
    {
        RequestAccess IAuthorisedRequest.Access => new([], AccessScope.Anyone);
    }

    private sealed record OwnReportRead(string Name) : IQuery<Result<string>>
    {
        RequestAccess IAuthorisedRequest.Access => new([], AccessScope.Anyone);
    }

    /// <summary>What the handlers did: who started, and the gate each waits at before answering.</summary>
    private sealed class Reads
    {
        public ConcurrentQueue<string> Started { get; } = new();
        public ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

        public async Task<Result<string>> RunAsync(string name)
        {
            Started.Enqueue(name);
            await Gates.GetOrAdd(name, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            return name == "broken" ? throw new InvalidOperationException("the read failed") : Result.Success(name);
        }

        public void Finish(string name) => Gates.GetOrAdd(name, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
    }

    private sealed class DashboardHandler(Reads reads) : IRequestHandler<DashboardRead, Result<string>>
    {
        public Task<Result<string>> Handle(DashboardRead request, CancellationToken cancellationToken) => reads.RunAsync(request.Name);
    }

    private sealed class OwnReportHandler(Reads reads) : IRequestHandler<OwnReportRead, Result<string>>
    {
        public Task<Result<string>> Handle(OwnReportRead request, CancellationToken cancellationToken) => reads.RunAsync(request.Name);
    }

    private static (IServiceProvider Services, Reads Reads) Pipeline()
    {
        var reads = new Reads();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCongressMediator();
        services.AddSingleton(new ReadAdmission(inFlight: 1));
        services.AddSingleton<ICurrentUser>(SystemUser.Instance);
        services.AddSingleton(reads);
        services.AddScoped<IRequestHandler<DashboardRead, Result<string>>, DashboardHandler>();
        services.AddScoped<IRequestHandler<OwnReportRead, Result<string>>, OwnReportHandler>();
        return (services.BuildServiceProvider(), reads);
    }

    private static Task<Result<string>> Send<T>(IServiceProvider services, T request) where T : IRequest<Result<string>> => Task.Run(async () =>
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    });

    private static async Task SettleAsync(Func<bool> done)
    {
        for (var i = 0; i < 200 && !done(); i++) await Task.Delay(10);
    }

    [Fact]
    public async Task A_second_dashboard_read_waits_for_the_first_while_an_officials_own_read_goes_straight_through()
    {
        var (services, reads) = Pipeline();

        var first = Send(services, new DashboardRead("centre"));
        await SettleAsync(() => reads.Started.Contains("centre"));
        var second = Send(services, new DashboardRead("province"));
        var own = Send(services, new OwnReportRead("own report"));
        await SettleAsync(() => reads.Started.Contains("own report"));
        await Task.Delay(200); // time enough for the second read to start, were it admitted

        reads.Started.Should().Equal(["centre", "own report"], "one dashboard read at a time; the own report is not queued");
        reads.Finish("own report");
        (await own).Value.Should().Be("own report");
        second.IsCompleted.Should().BeFalse();

        reads.Finish("centre");
        (await first).Value.Should().Be("centre");
        await SettleAsync(() => reads.Started.Contains("province"));
        reads.Started.Should().Contain("province", "the slot passes to the waiting read");
        reads.Finish("province");
        (await second).Value.Should().Be("province");
    }

    [Fact]
    public async Task A_dashboard_read_that_fails_gives_its_slot_back()
    {
        var (services, reads) = Pipeline();
        reads.Finish("broken");

        var failing = () => Send(services, new DashboardRead("broken"));
        await failing.Should().ThrowAsync<InvalidOperationException>();

        reads.Finish("after");
        var after = Send(services, new DashboardRead("after"));
        (await after.WaitAsync(TimeSpan.FromSeconds(10))).Value.Should().Be("after", "the failed read's slot is free again");
    }
}
