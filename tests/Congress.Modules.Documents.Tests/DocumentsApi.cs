using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Net.Http.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Application.Devices;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Contracts.Packages;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Documents.Tests;

/// <summary>The REST calls the tests make, and the demo congress's ids.</summary>
internal static class DocumentsApi
{
    public static async Task<Guid> DemoCongressAsync(this WebApplicationFactory<Program> factory) =>
        (await factory.AsCallerAsync(Roles.SystemAdmin, null, s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;

    /// <summary>The delegates behind the tablet accounts daibieu01…03 (the first three qualified official delegates), then others.</summary>
    public static async Task<IReadOnlyList<Guid>> TabletDelegatesAsync(this WebApplicationFactory<Program> factory, Guid congressId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var roster = await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default);
        return roster.Where(d => d.Kind == "Official" && d.CredentialsApproved).Select(d => d.DelegateId).ToList();
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, Guid congressId, string title, byte[] file, string fileName,
        string classification = "Internal", string audience = "AllDelegates", IEnumerable<Guid>? delegates = null, Guid? groupId = null)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        form.Add(new StringContent(title), "title");
        form.Add(new StringContent(classification), "classification");
        form.Add(new StringContent(audience), "audience");
        if (delegates is not null) form.Add(new StringContent(string.Join(',', delegates)), "delegateIds");
        if (groupId is not null) form.Add(new StringContent(groupId.ToString()!), "groupId");
        return await client.PostAsync($"/api/documents/congresses/{congressId}/documents", form);
    }

    public static async Task<DocumentDto> UploadOkAsync(this HttpClient client, Guid congressId, string title, byte[] file, string fileName,
        string classification = "Internal", string audience = "AllDelegates", IEnumerable<Guid>? delegates = null, Guid? groupId = null)
    {
        var response = await client.UploadAsync(congressId, title, file, fileName, classification, audience, delegates, groupId);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DocumentDto>())!;
    }

    public static async Task<HttpResponseMessage> UploadVersionAsync(this HttpClient client, Guid documentId, byte[] file, string fileName, string changeNote)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(file), "file", fileName);
        form.Add(new StringContent(changeNote), "changeNote");
        return await client.PostAsync($"/api/documents/{documentId}/versions", form);
    }

    public static async Task<IReadOnlyList<SearchHitDto>> SearchAsync(this HttpClient client, Guid congressId, string query)
    {
        var response = await client.GetAsync($"/api/documents/congresses/{congressId}/search?q={Uri.EscapeDataString(query)}");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<List<SearchHitDto>>())!;
    }

    /// <summary>
    /// Waits until <paramref name="client"/>'s token is refused (401) on a documents read: a tablet's revocation reaches
    /// Identity through the outbox, so its sessions end shortly after the revocation commits, not within it.
    /// </summary>
    public static async Task SessionEndedAsync(HttpClient client, Guid congressId, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while ((await client.GetAsync($"/api/documents/congresses/{congressId}/documents")).StatusCode != System.Net.HttpStatusCode.Unauthorized)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"The session did not end within {seconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>A word no other test writes, so that a test's search sees only its own documents.</summary>
    public static string UniqueWord() => "mx" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));
}

/// <summary>A tablet as a test holds it: its private key, its id, the installation keys it pinned, its signed-in client.</summary>
internal sealed record TestTablet(ECDiffieHellman Key, Guid DeviceId, IReadOnlyList<PackageSigningKey> Trusted, HttpClient Client)
{
    public static string PublicKeyOf(ECDiffieHellman key) => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

    /// <summary>Registers a tablet with a fresh key pair for the delegate signed in on <paramref name="client"/>, as a tablet does.</summary>
    public static async Task<TestTablet> RegisterAsync(HttpClient client, Guid congressId, string label = "Máy tính bảng")
    {
        var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var response = await client.PostAsJsonAsync($"/api/documents/congresses/{congressId}/devices", new { label, publicKey = PublicKeyOf(key) });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var registered = (await response.Content.ReadFromJsonAsync<RegisteredDeviceDto>())!;
        registered.SigningKeys.Should().NotBeEmpty();
        return new TestTablet(key, registered.Device.Id, registered.SigningKeys, client);
    }

    /// <summary>The device's package as <paramref name="client"/> fetches it (everything, or what changed since).</summary>
    public static async Task<TabletPackage> FetchAsync(HttpClient client, Guid deviceId, DateTime? since = null)
    {
        var query = since is { } s ? $"?since={Uri.EscapeDataString(s.ToString("O"))}" : "";
        var response = await client.GetAsync($"/api/documents/devices/{deviceId}/package{query}");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TabletPackage>())!;
    }

    /// <summary>The tablet's own sync.</summary>
    public Task<TabletPackage> FetchAsync(DateTime? since = null) => FetchAsync(Client, DeviceId, since);
}

