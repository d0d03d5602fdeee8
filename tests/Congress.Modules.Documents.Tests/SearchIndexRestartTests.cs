using System.Net.Http.Json;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Testing;
using FluentAssertions;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Documents.Tests;

/// <summary>The search index lives on disk: it survives a restart; <c>documents reindex</c> rebuilds it from the encrypted store, and so
/// does the start when the index is missing or was written in another layout (one entry per document, before pages).</summary>
public sealed class SearchIndexRestartTests
{
    [Fact]
    public async Task The_index_survives_a_restart_and_is_rebuilt_from_the_encrypted_store_at_start_when_lost_and_by_the_reindex_verb()
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

            Directory.Delete(first.IndexDirectory, recursive: true); // the index is lost: rebuilt from the encrypted store at start
            await using (var rebuilt = new RestartedHost(first.Database.ConnectionString, first.KeyDirectory, first.IndexDirectory))
            {
                var client = await LoginAsync(rebuilt);
                (await client.SearchAsync(congressId, $"dang bo {word}")).Should().ContainSingle(h => h.DocumentId == document.Id);
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

    [Fact]
    public async Task An_index_in_the_old_whole_document_layout_is_rebuilt_from_the_encrypted_store_at_start()
    {
        var first = new DocumentsFactory();
        await first.InitializeAsync();
        try
        {
            var congressId = await first.DemoCongressAsync();
            var word = DocumentsApi.UniqueWord();
            var ghost = DocumentsApi.UniqueWord();
            var document = await (await first.ClientForAsync("btc")).UploadOkAsync(congressId, "Báo cáo",
                TestFiles.Pdf(["Trang một của báo cáo."], [$"Trang hai: Đảng bộ {word}."]), "bao-cao.pdf");
            await ((WebApplicationFactory<Program>)first).DisposeAsync();

            // the index as the version before pages wrote it: one entry per document, no layout in its commit data — here
            // holding a document the store does not have, which a silently kept old index would still answer
            Directory.Delete(first.IndexDirectory, recursive: true);
            using (var directory = Lucene.Net.Store.FSDirectory.Open(first.IndexDirectory))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
            {
                writer.AddDocument(new Lucene.Net.Documents.Document
                {
                    new StringField("id", Guid.NewGuid().ToString("N"), Field.Store.YES),
                    new StringField("congress", congressId.ToString("N"), Field.Store.NO),
                    new StoredField("version", 1),
                    new TextField("text", $"Đảng bộ {ghost}", Field.Store.NO),
                    new TextField("exact", $"Đảng bộ {ghost}", Field.Store.NO),
                });
                writer.Commit();
            }

            await using var restarted = new RestartedHost(first.Database.ConnectionString, first.KeyDirectory, first.IndexDirectory);
            var client = await LoginAsync(restarted);
            var index = restarted.Services.GetRequiredService<Infrastructure.Search.LuceneDocumentIndex>();
            index.Layout.Should().Be(Infrastructure.Search.LuceneDocumentIndex.CurrentLayout, "the start rebuilt it");
            (await client.SearchAsync(congressId, ghost)).Should().BeEmpty("the old index's entries are gone");
            var hit = (await client.SearchAsync(congressId, $"dang bo {word}")).Should().ContainSingle().Subject;
            hit.DocumentId.Should().Be(document.Id);
            hit.Page.Should().Be(2);

            // a later change appends to the index and keeps its layout: the next start does not rebuild again
            await client.UploadOkAsync(congressId, "Thêm", TestFiles.Docx($"Thêm {word}"), "them.docx");
            index.Layout.Should().Be(Infrastructure.Search.LuceneDocumentIndex.CurrentLayout);
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
