using System.Net.Http.Headers;
using System.Net.Http.Json;
using Congress.Modules.Attendance.Application.Reconciliation.ListFindings;
using Congress.Modules.Attendance.Application.Reconciliation.ReconcileAttendance;
using Congress.Modules.Attendance.Application.RollCall.GetPresenceHistory;
using Congress.Modules.Attendance.Application.Sessions.CloseSession;
using Congress.Modules.Attendance.Application.Sessions.OpenSession;
using Congress.Modules.Biometrics.Contracts;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Attendance.Tests.Integration;

/// <summary>A stand-in for Biometrics behind IFaceRecognition: answers what the test tells it to.</summary>
public sealed class ScriptedFaceRecognition : IFaceRecognition
{
    public FaceMatch Next { get; set; } = new(FaceMatchOutcome.NoFace, null, 0, null, "Không thấy khuôn mặt.");
    public HashSet<Guid> Enrolled { get; } = [];

    public Task<FaceMatch> IdentifyAsync(Guid congressId, ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken) => Task.FromResult(Next);

    public Task<IReadOnlySet<Guid>> EnrolledDelegateIdsAsync(Guid congressId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlySet<Guid>>(Enrolled);
}

public sealed class FaceCongressFactory : CongressFactory
{
    public ScriptedFaceRecognition Faces { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IFaceRecognition>(Faces));
    }
}

/// <summary>The face gate with face recognition present (scripted), on SQLite.</summary>
public sealed class FaceCheckInTests(FaceCongressFactory factory) : IClassFixture<FaceCongressFactory>
{
    [Fact]
    public async Task A_recognised_face_enters_the_delegate_and_other_answers_enter_nobody()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        await factory.SendAsync(Roles.Secretariat, "NB", new CloseSessionCommand(congressId));
        (await factory.SendAsync(Roles.Secretariat, "NB", new OpenSessionCommand(congressId, "Phiên chính thức", "Official"))).IsSuccess.Should().BeTrue();
        IReadOnlyList<RosterEntry> roster;
        await using (var scope = factory.Services.CreateAsyncScope())
            roster = await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default);
        var official = roster.Where(d => d.Kind == "Official" && d.CredentialsApproved).ToList();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(Roles.OrganisingCommittee, await OrganisationAsync("NB")));

        factory.Faces.Next = new FaceMatch(FaceMatchOutcome.Spoof, null, 0, 0.9f, "Ảnh chụp hoặc màn hình, không phải người thật.");
        var spoof = await FrameAsync(client, congressId);
        factory.Faces.Next = new FaceMatch(FaceMatchOutcome.Recognised, official[0].DelegateId, 0.83f, 0.1f, "Nhận diện được.");
        var recognised = await FrameAsync(client, congressId);
        var again = await FrameAsync(client, congressId);

        spoof.Face.Outcome.Should().Be("Spoof");
        spoof.CheckIn.Should().BeNull();
        spoof.Message.Should().Contain("không phải người thật");
        recognised.CheckIn!.Outcome.Should().Be("Recorded");
        recognised.CheckIn.FullName.Should().Be(official[0].FullName);
        again.CheckIn!.Outcome.Should().Be("AlreadyInside");
        var history = (await factory.SendAsync(Roles.Secretariat, "NB", new GetPresenceHistoryQuery(congressId, official[0].DelegateId))).Value;
        history.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Method = "Face", Direction = "Entry", Gate = "Cổng A" });
        history[0].Similarity.Should().BeApproximately(0.83f, 0.001f);

        factory.Faces.Enrolled.UnionWith(official.Skip(2).Select(d => d.DelegateId));
        (await factory.SendAsync(Roles.Secretariat, "NB", new ReconcileAttendanceCommand(congressId))).IsSuccess.Should().BeTrue();
        var findings = (await factory.SendAsync(Roles.Secretariat, "NB", new ListFindingsQuery(congressId))).Value;
        findings.Where(f => f.Kind == "NotEnrolledForFace").Select(f => f.DelegateId)
            .Should().BeEquivalentTo(official.Take(2).Select(d => (Guid?)d.DelegateId), "only those two have no face on file");
    }

    private static async Task<FaceBody> FrameAsync(HttpClient client, Guid congressId)
    {
        var content = new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var response = await client.PostAsync($"/api/attendance/congresses/{congressId}/face-checkins?gate=Cổng%20A", content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<FaceBody>())!;
    }

    private async Task<Guid> OrganisationAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(code, default))!.Value;
    }

    private sealed record FaceOutcomeBody(string Outcome, string Reason);
    private sealed record CheckInBody(string Outcome, string FullName);
    private sealed record FaceBody(FaceOutcomeBody Face, CheckInBody? CheckIn, string Message);
}
