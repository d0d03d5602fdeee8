using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Contracts;
using Congress.Modules.Biometrics.Infrastructure.Imaging;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Biometrics.Tests.Integration;

/// <summary>
/// Enrolment over REST and identification through IFaceRecognition (what Attendance's kiosk calls), on the whole host with
/// the demo congress, the real models and the real photos; SQLite and PostgreSQL.
/// </summary>
public abstract class BiometricsRestTests<TFactory>(TFactory factory, FaceEngineFixture engine) where TFactory : CongressFactory
{
    private const string Province = "NB";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private async Task<(Guid CongressId, IReadOnlyList<RosterEntry> Delegates)> CongressAsync()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, Province, s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        await using var scope = factory.Services.CreateAsyncScope();
        return (congressId, await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default));
    }

    private RgbImage Portrait(int photo, int face, float margin = 0.6f, float scale = 1f)
    {
        var image = engine.Decode(photo);
        return Augment.Portrait(image, engine.Analyzer.Detect(image)[face], margin, 0, 0, scale);
    }

    private HttpClient Client(string role, Guid? organisation = null)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(role, organisation));
        return client;
    }

    private static ByteArrayContent Jpeg(byte[] bytes) => new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } };

    private static string EnrolUrl(Guid congressId, Guid delegateId) => $"/api/biometrics/congresses/{congressId}/delegates/{delegateId}/face";

    [Fact]
    public async Task A_delegate_enrolled_from_one_photo_is_recognised_at_the_kiosk_from_another_and_a_stranger_is_unknown()
    {
        var (congressId, delegates) = await CongressAsync();
        var (alice, bob) = (delegates[0], delegates[1]);
        using var secretariat = Client(Roles.SystemAdmin);

        var enrolled = await secretariat.PutAsync(EnrolUrl(congressId, alice.DelegateId), Jpeg(JpegEncoder.Encode(Portrait(1, 0))));
        enrolled.StatusCode.Should().Be(HttpStatusCode.OK, await enrolled.Content.ReadAsStringAsync());
        var form = new MultipartFormDataContent { { Jpeg(JpegEncoder.Encode(Portrait(3, 1))), "photo", "bob.jpg" } };
        (await secretariat.PutAsync(EnrolUrl(congressId, bob.DelegateId), form)).StatusCode.Should().Be(HttpStatusCode.OK);

        var listed = await secretariat.GetFromJsonAsync<List<JsonElement>>($"/api/biometrics/congresses/{congressId}/enrolments");
        listed!.Select(e => e.GetProperty("delegateId").GetGuid()).Should().Contain([alice.DelegateId, bob.DelegateId]);
        listed!.Single(e => e.GetProperty("delegateId").GetGuid() == alice.DelegateId).GetProperty("fullName").GetString().Should().Be(alice.FullName);

        var recognition = factory.Services.GetRequiredService<IFaceRecognition>();
        (await recognition.EnrolledDelegateIdsAsync(congressId, default)).Should().Contain([alice.DelegateId, bob.DelegateId]).And.NotContain(delegates[^1].DelegateId);

        // The kiosk: the same women, mirrored and darker, in a 640×480 frame; then a stranger.
        var aliceAtKiosk = await recognition.IdentifyAsync(congressId, JpegEncoder.Encode(Augment.Brightness(Augment.Flip(Portrait(1, 0, 0.9f, 0.7f)), -30)), default);
        aliceAtKiosk.Outcome.Should().Be(FaceMatchOutcome.Recognised, aliceAtKiosk.Reason);
        aliceAtKiosk.DelegateId.Should().Be(alice.DelegateId);
        aliceAtKiosk.Similarity.Should().BeGreaterThan(0.5f);
        aliceAtKiosk.LivenessScore.Should().NotBeNull();

        var bobInTheGroup = await recognition.IdentifyAsync(congressId, await File.ReadAllBytesAsync(engine.Photo(3)), default);
        // The largest face of sample3 is s3f0, not Bob (s3f1): the kiosk looks at whoever is nearest the camera.
        bobInTheGroup.DelegateId.Should().NotBe(bob.DelegateId);

        var stranger = await recognition.IdentifyAsync(congressId, JpegEncoder.Encode(Portrait(6, 0)), default);
        stranger.Outcome.Should().Be(FaceMatchOutcome.Unknown, stranger.Reason);
        stranger.DelegateId.Should().BeNull();

        // Over REST too, as the kiosk's page would ask.
        var identified = await secretariat.PostAsync($"/api/biometrics/congresses/{congressId}/identify", Jpeg(JpegEncoder.Encode(Portrait(3, 1, 0.5f))));
        identified.StatusCode.Should().Be(HttpStatusCode.OK);
        var match = (await identified.Content.ReadFromJsonAsync<FaceMatch>(Json))!;
        match.Outcome.Should().Be(FaceMatchOutcome.Recognised);
        match.DelegateId.Should().Be(bob.DelegateId);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
        (await db.Attempts.CountAsync(a => a.CongressId == congressId)).Should().BeGreaterThanOrEqualTo(4, "every kiosk attempt is recorded with its scores");
        (await db.Attempts.Where(a => a.CongressId == congressId && (a.Outcome == "Recognised" || a.Outcome == "Unknown")).Select(a => a.SpoofScore).ToListAsync())
            .Should().NotBeEmpty().And.OnlyContain(s => s != null, "the liveness score of every face looked at is kept");
        (await db.AuditEntries.CountAsync(a => a.Action == "EnrolDelegateCommand")).Should().BeGreaterThanOrEqualTo(2);
        (await db.AuditEntries.Where(a => a.Action == "EnrolDelegateCommand").Select(a => a.Payload).ToListAsync())
            .Should().OnlyContain(p => p.Contains("photoBytes") && p.Length < 400, "the audit names the photo's size, never its bytes");
    }

    [Fact]
    public async Task Templates_are_sealed_at_rest_and_bound_to_their_delegate()
    {
        var (congressId, delegates) = await CongressAsync();
        var carol = delegates[2];
        using var secretariat = Client(Roles.SystemAdmin);
        (await secretariat.PutAsync(EnrolUrl(congressId, carol.DelegateId), Jpeg(JpegEncoder.Encode(Portrait(2, 1))))).StatusCode.Should().Be(HttpStatusCode.OK);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
        var stored = await db.Templates.AsNoTracking().SingleAsync(t => t.CongressId == congressId && t.DelegateId == carol.DelegateId);
        var protector = scope.ServiceProvider.GetRequiredService<ITemplateProtector>();

        stored.SealedEmbedding.Length.Should().Be(12 + 16 + 512 * 4);
        var embedding = await protector.OpenAsync(stored.SealedEmbedding, congressId, carol.DelegateId, default);
        embedding.Should().NotBeNull().And.HaveCount(512);
        var plainBytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(embedding.AsSpan()).ToArray();
        stored.SealedEmbedding.AsSpan().IndexOf(plainBytes.AsSpan(0, 16)).Should().Be(-1, "no run of the embedding is stored in the clear");
        (await protector.OpenAsync(stored.SealedEmbedding, congressId, delegates[3].DelegateId, default)).Should().BeNull("a template moved to another delegate does not open");
    }

    [Fact]
    public async Task Enrolment_refuses_photos_with_no_face_several_faces_a_small_face_or_bad_bytes_with_the_reason()
    {
        var (congressId, delegates) = await CongressAsync();
        var dave = delegates[4];
        using var secretariat = Client(Roles.SystemAdmin);
        var url = EnrolUrl(congressId, dave.DelegateId);

        async Task<(HttpStatusCode, string)> Put(byte[] body)
        {
            var response = await secretariat.PutAsync(url, Jpeg(body));
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (response.StatusCode, problem.GetProperty("code").GetString()!);
        }

        (await Put(JpegEncoder.Encode(TestImages.Grey(640, 480, 90)))).Should().Be((HttpStatusCode.BadRequest, "biometrics.enrol.no_face"));
        (await Put(await File.ReadAllBytesAsync(engine.Photo(5)))).Should().Be((HttpStatusCode.BadRequest, "biometrics.enrol.several_faces"));
        (await Put(JpegEncoder.Encode(Portrait(1, 2, 0.6f, 0.25f)))).Should().Be((HttpStatusCode.BadRequest, "biometrics.enrol.face_too_small"));
        var photo = await File.ReadAllBytesAsync(engine.Photo(1));
        (await Put(photo[..(photo.Length / 3)])).Should().Be((HttpStatusCode.BadRequest, "biometrics.image.corrupt"));
        (await Put(TestImages.JpegClaiming(photo, 10000, 6000))).Should().Be((HttpStatusCode.BadRequest, "biometrics.image.too_many_pixels"));
        (await Put(TestImages.PngBomb(40000, 40000))).Should().Be((HttpStatusCode.BadRequest, "biometrics.image.too_many_pixels"));
        (await Put([])).Should().Be((HttpStatusCode.BadRequest, "biometrics.image.empty"));

        var response = await secretariat.PutAsync(url, Jpeg(await File.ReadAllBytesAsync(engine.Photo(5))));
        (await response.Content.ReadAsStringAsync()).Should().Contain("5 khuôn mặt");

        var identified = await secretariat.PostAsync($"/api/biometrics/congresses/{congressId}/identify", Jpeg(photo[..(photo.Length / 3)]));
        identified.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<BiometricsDbContext>().Templates.AnyAsync(t => t.DelegateId == dave.DelegateId)).Should().BeFalse("nothing half-written");
    }

    [Fact]
    public async Task Only_the_organisers_of_the_congress_subtree_may_enrol_and_an_unknown_delegate_is_not_found()
    {
        var (congressId, delegates) = await CongressAsync();
        var body = JpegEncoder.Encode(Portrait(1, 2));
        var commune = await factory.AsCallerAsync(Roles.Secretariat, "NB-X01",
            s => s.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync("NB-X01", default));

        using var delegateClient = Client(Roles.Delegate);
        (await delegateClient.PutAsync(EnrolUrl(congressId, delegates[5].DelegateId), Jpeg(body))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var communeClient = Client(Roles.OrganisingCommittee, commune);
        (await communeClient.PutAsync(EnrolUrl(congressId, delegates[5].DelegateId), Jpeg(body))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await communeClient.GetAsync($"/api/biometrics/congresses/{congressId}/enrolments")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var admin = Client(Roles.SystemAdmin);
        (await admin.PutAsync(EnrolUrl(congressId, Guid.NewGuid()), Jpeg(body))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var anonymous = factory.CreateClient();
        (await anonymous.PutAsync(EnrolUrl(congressId, delegates[5].DelegateId), Jpeg(body))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Re_enrolment_replaces_the_template_and_removal_forgets_the_face()
    {
        var (congressId, delegates) = await CongressAsync();
        var erin = delegates[6];
        using var admin = Client(Roles.SystemAdmin);
        var recognition = factory.Services.GetRequiredService<IFaceRecognition>();

        (await admin.PutAsync(EnrolUrl(congressId, erin.DelegateId), Jpeg(JpegEncoder.Encode(Portrait(5, 3))))).EnsureSuccessStatusCode();
        (await admin.PutAsync(EnrolUrl(congressId, erin.DelegateId), Jpeg(JpegEncoder.Encode(Portrait(5, 4))))).EnsureSuccessStatusCode();
        (await recognition.IdentifyAsync(congressId, JpegEncoder.Encode(Portrait(5, 4, 0.8f)), default)).DelegateId.Should().Be(erin.DelegateId);
        (await recognition.IdentifyAsync(congressId, JpegEncoder.Encode(Portrait(5, 3, 0.8f)), default)).Outcome.Should().Be(FaceMatchOutcome.Unknown, "the old photo was replaced");

        (await admin.DeleteAsync(EnrolUrl(congressId, erin.DelegateId))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await recognition.IdentifyAsync(congressId, JpegEncoder.Encode(Portrait(5, 4, 0.8f)), default)).Outcome.Should().Be(FaceMatchOutcome.Unknown);
        (await admin.DeleteAsync(EnrolUrl(congressId, erin.DelegateId))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_endpoints_are_in_the_OpenAPI_document_and_health_says_face_recognition_is_ready()
    {
        using var client = factory.CreateClient();
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        openApi.Should().Contain("/api/biometrics/congresses/{congressId}/delegates/{delegateId}/face").And.Contain("/api/biometrics/congresses/{congressId}/identify");

        var health = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        health.GetProperty("checks").GetProperty("biometrics").GetProperty("status").GetString().Should().Be("Healthy");
    }
}

[Collection("faces")]
public sealed class BiometricsRestSqliteTests(CongressFactory factory, FaceEngineFixture engine)
    : BiometricsRestTests<CongressFactory>(factory, engine), IClassFixture<CongressFactory>;

[Collection("faces")]
public sealed class BiometricsRestPostgresTests(PostgresCongressFactory factory, FaceEngineFixture engine)
    : BiometricsRestTests<PostgresCongressFactory>(factory, engine), IClassFixture<PostgresCongressFactory>;
