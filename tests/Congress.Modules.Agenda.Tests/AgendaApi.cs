using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Agenda.Tests;

/// <summary>What the API tests send and read over REST, as the demo accounts (bearer tokens), and the JSON they read back.</summary>
internal sealed class AgendaApi(CongressFactory factory)
{
    private static int _day;
    private readonly Dictionary<string, HttpClient> _clients = [];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A day of its own for each session a test makes (sessions are unique per congress, day and kind).</summary>
    public static DateOnly FreshDay() => new DateOnly(2031, 1, 1).AddDays(Interlocked.Increment(ref _day) * 3 + Random.Shared.Next(0, 2));

    /// <summary>A moment on <paramref name="day"/> at <paramref name="hour"/>:00 in the hall (UTC+7), as UTC.</summary>
    public static DateTime At(DateOnly day, int hour, int minute = 0) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, minute)).AddHours(-7), DateTimeKind.Utc);

    public async Task<HttpClient> As(string user)
    {
        if (!_clients.TryGetValue(user, out var client)) _clients[user] = client = await factory.ClientForAsync(user);
        return client;
    }

    public HttpClient AsDelegate(Guid delegateId, Guid organisationId)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(Roles.Delegate, organisationId, delegateId));
        return client;
    }

    public async Task<Guid> CongressAsync() =>
        (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;

    public async Task<Guid> OrganisationAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(code, default))!.Value;
    }

    public async Task<IReadOnlyList<RosterEntry>> QualifiedAsync(Guid congressId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default))
            .Where(d => d.Kind == "Official" && d.CredentialsApproved).ToList();
    }

    public static async Task<T> Read<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static async Task<string> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return body.Length == 0 ? "" : JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) ? code.GetString()! : body;
    }

    public async Task<Guid> SessionAsync(Guid congressId, DateOnly day, string kind = "Preparatory", string user = "thuky")
    {
        var response = await (await As(user)).PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions", new { kind, title = $"Phiên {kind} {day}", day });
        return await Read<Guid>(response, HttpStatusCode.Created);
    }

    public async Task<Item> ItemAsync(Guid congressId, Guid sessionId, DateOnly day, string title, string kind = "Report", int hour = 8, int? position = null)
    {
        var response = await (await As("thuky")).PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions/{sessionId}/items",
            new { title, kind, plannedStartUtc = At(day, hour), plannedMinutes = 30, presenter = "Đồng chí Bí thư", position });
        return await Read<Item>(response);
    }

    public async Task<Programme> ProgrammeAsync(Guid congressId, string user = "thuky") =>
        await Read<Programme>(await (await As(user)).GetAsync($"/api/agenda/congresses/{congressId}/programme"));

    public static async Task<T> Eventually<T>(Func<Task<T?>> probe, string what, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } found) return found;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Not within {seconds} s: {what}");
            await Task.Delay(100);
        }
    }

    internal sealed record Item(Guid Id, Guid SessionId, int Number, string Title, string Kind, DateTime PlannedStartUtc, int PlannedMinutes,
        string Presenter, string Status, DateTime? ActualStartUtc, DateTime? ActualEndUtc, Guid? PollId, string Body, bool? Passed,
        IReadOnlyList<string> Elected, DateTime? DecidedAtUtc, bool DecidedByHand, int Version, int MaxPerDelegation = 0);

    internal sealed record Session(Guid Id, string Kind, string Title, DateOnly Day, IReadOnlyList<Item> Items);

    internal sealed record Programme(Guid CongressId, IReadOnlyList<Session> Sessions, Item? Now, Item? Next, string Stamp)
    {
        public Session Of(Guid sessionId) => Sessions.Single(s => s.Id == sessionId);
    }

    internal sealed record Speaker(Guid Id, Guid DelegateId, string Code, string FullName, string Delegation, string Mode, int Order, string Status, int SpokenSeconds);

    internal sealed record Speakers(Guid ItemId, int MaxSpeakers, int SecondsPerSpeaker, int MaxPerDelegation, IReadOnlyList<Speaker> Spoken, IReadOnlyList<Speaker> Written);

    internal sealed record Total(string Key, string Name, int Turns, int Seconds);

    internal sealed record SpeakingTime(IReadOnlyList<Total> Delegates, IReadOnlyList<Total> Delegations);

    internal sealed record BodyMember(string Body, int Position, string Code, string FullName, Guid? DelegateId);
}
