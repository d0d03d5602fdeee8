using System.Net.Http.Json;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Testing;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Documents.Tests;

/// <summary>The search index lives on disk: it survives a restart, and <c>documents reindex</c> rebuilds it from the encrypted store.</summary>
public sealed class SearchIndexRestartTests
{
    [Fact]
    public async Task The_index_survives_a_restart_and_is_rebuilt_from_the_encrypted_store_by_the_reindex_verb()
    {
        var first = new DocumentsFactory();
        await first.InitializeAsync();
        try
        {
            var congressId = await first.DemoCongressAsync();
            var word = DocumentsApi.UniqueWord();
            var document = await (await first.ClientForAsync("btc")).UploadOkAsync(congressId, "Nghị quyết", TestFiles.Docx($"Nghị quyết Đảng bộ {word}"), "nq.docx");
            await ((WebApplicationFactory<Program>)first).DisposeAsync(); // the host stops; database, keys and index stay

            await using (var restarted = new RestartedHost(first.Database.ConnectionString, first.KeyDirectory, first.IndexDirectory))
            {
                var client = await LoginAsync(restarted);
                (await client.SearchAsync(congressId, $"dang bo {word}")).Should().ContainSingle(h => h.DocumentId == document.Id);
            }

            Directory.Delete(first.IndexDirectory, recursive: true); // the index is lost
            await using (var rebuilt = new RestartedHost(first.Database.ConnectionString, first.KeyDirectory, first.IndexDirectory))
            {
                var client = await LoginAsync(rebuilt);
                (await client.SearchAsync(congressId, $"dang bo {word}")).Should().BeEmpty();
                var verb = rebuilt.Services.GetServices<ICliVerb>().Single(v => v.Name == "documents");
                var output = new StringWriter();
                (await verb.RunAsync(["reindex"], output, default)).Should().Be(0, output.ToString());
                (await client.SearchAsync(congressId, $"dang bo {word}")).Should().ContainSingle(h => h.DocumentId == document.Id);
            }
        }
        finally
        {
            await first.Database.DisposeAsync();
            foreach (var directory in new[] { first.KeyDirectory, first.IndexDirectory })
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<HttpClient> LoginAsync(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/identity/token", new { userName = "btc", password = CongressFactory.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<Token>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    private sealed record Token(string AccessToken);
}
