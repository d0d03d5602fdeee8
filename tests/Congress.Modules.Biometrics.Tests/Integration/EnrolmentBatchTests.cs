using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Modules.Biometrics.Contracts;
using Congress.Modules.Biometrics.Infrastructure.Imaging;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Biometrics.Tests.Integration;

/// <summary>A zip of delegates' photos enrolled in the background, with progress and each refusal's reason; SQLite.</summary>
[Collection("faces")]
public sealed class EnrolmentBatchTests(CongressFactory factory, FaceEngineFixture engine) : IClassFixture<CongressFactory>
{
    private HttpClient Admin()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(Roles.SystemAdmin));
        return client;
    }

    private byte[] Portrait(int photo, int face)
    {
        var image = engine.Decode(photo);
        return JpegEncoder.Encode(Augment.Portrait(image, engine.Analyzer.Detect(image)[face]));
    }

    [Fact]
    public async Task An_archive_is_enrolled_photo_by_photo_in_the_background_with_every_refusal_explained()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        IReadOnlyList<RosterEntry> delegates;
        await using (var scope = factory.Services.CreateAsyncScope())
            delegates = await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default);
        var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes) { using var s = zip.CreateEntry(name).Open(); s.Write(bytes); }
            Add($"anh/{delegates[10].Code}.jpg", Portrait(1, 2));
            Add($"{delegates[11].Code.ToLowerInvariant()}.png", TestImages.Png(engine.Decode(3) is var i ? Augment.Portrait(i, engine.Analyzer.Detect(i)[2]) : null!));
            Add($"{delegates[12].Code}.jpg", await File.ReadAllBytesAsync(engine.Photo(4)));
            Add("KHONGCO999.jpg", Portrait(5, 0));
            var broken = Portrait(6, 1);
            Add($"{delegates[13].Code}.jpg", broken[..(broken.Length / 2)]);
            Add("danh-sach.txt", "not a photo"u8.ToArray());
        }
        using var admin = Admin();

        var queued = await admin.PostAsync($"/api/biometrics/congresses/{congressId}/enrolment-batches",
            new ByteArrayContent(archive.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/zip") } });
        queued.StatusCode.Should().Be(HttpStatusCode.Created, await queued.Content.ReadAsStringAsync());
        var location = queued.Headers.Location!.ToString();

        JsonElement batch = default;
        for (var i = 0; i < 120; i++)
        {
            batch = await admin.GetFromJsonAsync<JsonElement>(location);
            if (batch.GetProperty("status").GetString() is "Done" or "Failed") break;
            await Task.Delay(250);
        }

        batch.GetProperty("status").GetString().Should().Be("Done");
        batch.GetProperty("total").GetInt32().Should().Be(5, "the text file is not a photo");
        batch.GetProperty("processed").GetInt32().Should().Be(5);
        batch.GetProperty("enrolled").GetInt32().Should().Be(2);
        var problems = batch.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        problems.Should().HaveCount(3);
        problems.Should().Contain(p => p.StartsWith($"{delegates[12].Code}.jpg") && p.Contains("4 khuôn mặt"));
        problems.Should().Contain(p => p.StartsWith("KHONGCO999.jpg") && p.Contains("KHONGCO999"));
        problems.Should().Contain(p => p.StartsWith($"{delegates[13].Code}.jpg") && p.Contains("JPEG"));

        var recognition = factory.Services.GetRequiredService<IFaceRecognition>();
        (await recognition.EnrolledDelegateIdsAsync(congressId, default)).Should().Contain([delegates[10].DelegateId, delegates[11].DelegateId])
            .And.NotContain(delegates[12].DelegateId);
        var image = engine.Decode(1);
        var atKiosk = await recognition.IdentifyAsync(congressId, JpegEncoder.Encode(Augment.Flip(Augment.Portrait(image, engine.Analyzer.Detect(image)[2], 0.8f))), default);
        atKiosk.DelegateId.Should().Be(delegates[10].DelegateId);
    }

    [Fact]
    public async Task A_damaged_entry_refuses_that_photo_and_the_rest_of_the_archive_is_still_enrolled()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        IReadOnlyList<RosterEntry> delegates;
        await using (var scope = factory.Services.CreateAsyncScope())
            delegates = await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default);
        var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes) { using var s = zip.CreateEntry(name).Open(); s.Write(bytes); }
            Add($"{delegates[20].Code}.jpg", Portrait(1, 2));
            Add($"{delegates[21].Code}.jpg", Portrait(5, 0));
        }
        // The second entry claims a compression method nobody implements (99), in its local and its central header:
        // the zip opens and lists it, but the entry cannot be inflated.
        var bytes = archive.ToArray();
        PatchSecond(bytes, [0x50, 0x4B, 0x03, 0x04], 8);
        PatchSecond(bytes, [0x50, 0x4B, 0x01, 0x02], 10);
        using var admin = Admin();

        var queued = await admin.PostAsync($"/api/biometrics/congresses/{congressId}/enrolment-batches",
            new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/zip") } });
        queued.StatusCode.Should().Be(HttpStatusCode.Created, await queued.Content.ReadAsStringAsync());
        JsonElement batch = default;
        for (var i = 0; i < 120; i++)
        {
            batch = await admin.GetFromJsonAsync<JsonElement>(queued.Headers.Location!.ToString());
            if (batch.GetProperty("status").GetString() is "Done" or "Failed") break;
            await Task.Delay(250);
        }

        batch.GetProperty("status").GetString().Should().Be("Done", "one damaged photo does not fail the batch");
        batch.GetProperty("processed").GetInt32().Should().Be(2);
        batch.GetProperty("enrolled").GetInt32().Should().Be(1);
        batch.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).Should().ContainSingle()
            .Which.Should().StartWith($"{delegates[21].Code}.jpg").And.Contain("bị hỏng");
        var enrolled = await factory.Services.GetRequiredService<IFaceRecognition>().EnrolledDelegateIdsAsync(congressId, default);
        enrolled.Should().Contain(delegates[20].DelegateId).And.NotContain(delegates[21].DelegateId);

        static void PatchSecond(byte[] zip, byte[] signature, int methodOffset)
        {
            var found = 0;
            for (var i = 0; i + 4 <= zip.Length; i++)
                if (zip.AsSpan(i, 4).SequenceEqual(signature) && ++found == 2) { zip[i + methodOffset] = 99; zip[i + methodOffset + 1] = 0; return; }
            throw new InvalidOperationException("No second header");
        }
    }

    [Fact]
    public async Task Something_that_is_not_a_zip_is_refused_before_anything_is_queued()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        using var admin = Admin();

        var response = await admin.PostAsync($"/api/biometrics/congresses/{congressId}/enrolment-batches",
            new ByteArrayContent(await File.ReadAllBytesAsync(engine.Photo(1))) { Headers = { ContentType = new MediaTypeHeaderValue("application/zip") } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("biometrics.archive.invalid");
    }
}
