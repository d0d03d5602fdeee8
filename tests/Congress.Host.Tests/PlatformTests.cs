using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Shared.Infrastructure.Audit;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Testing;
using FluentAssertions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Host.Tests;

/// <summary>The platform around the modules: OpenAPI, health, the audit chain, the outbox relay.</summary>
public sealed class PlatformTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    [Fact]
    public async Task Every_api_endpoint_is_in_the_openapi_document()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).ToHashSet();

        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/"))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .ToList();

        mapped.Should().HaveCountGreaterThan(15);
        mapped.Should().OnlyContain(route => documented.Contains(route), "every REST endpoint is described for downstream systems");
    }

    [Fact]
    public async Task The_browsable_api_ui_is_served()
    {
        var response = await factory.CreateClient().GetAsync("/docs/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_means_the_database_and_the_scheduler_work()
    {
        var ready = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready");

        ready.GetProperty("status").GetString().Should().Be("Healthy");
        ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().Should().Be("Healthy");
        ready.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Fact]
    public async Task The_audit_chain_verifies_and_detects_an_edited_entry()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(
            scope.ServiceProvider.GetServices<ModuleDatabase>().Single(m => m.Schema == "identity").ContextType);

        var before = await AuditChain.VerifyAsync(identity, default);
        var table = factory.Database.Provider == DatabaseProvider.Sqlite ? "identity_audit" : "identity.identity_audit";
        var tamper = "UPDATE " + table + " SET \"Actor\" = 'kẻ giả mạo' WHERE \"Sequence\" = 3"; // the table name is ours, not input
        await identity.Database.ExecuteSqlRawAsync(tamper);
        var after = await AuditChain.VerifyAsync(identity, default);

        before.IsIntact.Should().BeTrue();
        before.EntriesVerified.Should().Be(10, "the seven demo accounts and three delegate tablet accounts were created by audited commands");
        after.IsIntact.Should().BeFalse();
        after.Problem.Should().Be("entry 3 was altered");
        after.EntriesVerified.Should().Be(2);
    }

    [Fact]
    public async Task Integration_events_leave_the_outbox_once_relayed()
    {
        var client = await factory.ClientForAsync("thamtra");
        var congress = (await client.GetFromJsonAsync<JsonElement>("/api/delegates/congresses")).EnumerateArray().First().GetProperty("id").GetGuid();
        var pending = (await client.GetFromJsonAsync<JsonElement>($"/api/delegates/congresses/{congress}/delegates?credentialsStatus=Pending&kind=Official"))
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        (await client.PostAsync($"/api/delegates/delegates/{pending}/credentials/approve", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await using var scope = factory.Services.CreateAsyncScope();
        var delegates = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(
            scope.ServiceProvider.GetServices<ModuleDatabase>().Single(m => m.Schema == "delegates").ContextType);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await delegates.OutboxMessages.AnyAsync(m => m.ProcessedAtUtc == null) && DateTime.UtcNow < deadline) await Task.Delay(100);
        (await delegates.OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null)).Should().Be(0, "the relay delivers every committed event");
    }

    /// <summary>"/api/x/{id:guid}/" as OpenAPI writes it: "/api/x/{id}".</summary>
    private static string Normalise(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}:]+)(:[^}]+)?\}", "{$1}").TrimEnd('/');
}

/// <summary>Guessing passwords is slowed down per client address.</summary>
public sealed class LoginRateLimitTests : IClassFixture<LoginRateLimitTests.StrictFactory>
{
    private readonly StrictFactory _factory;

    public LoginRateLimitTests(StrictFactory factory) => _factory = factory;

    public sealed class StrictFactory : CongressFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:LoginAttemptsPerMinute", "3");
        }
    }

    [Fact]
    public async Task The_fourth_attempt_in_a_minute_is_refused_with_429()
    {
        var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/identity/token", new { userName = "admin", password = $"doan-{i}" })).StatusCode);

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
    }
}
