using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Infrastructure.Search;
using Congress.Modules.Documents.Infrastructure.Security;
using Congress.Shared.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Documents.Cli;

/// <summary>
/// <c>documents reindex</c>: rebuilds the search index from the encrypted store (after a restore, a lost index folder, or a
/// crash between a commit and its index write). <c>documents rewrap</c>: re-wraps every data key not under the current
/// master key (what <c>keys rotate</c> does after making the new key; safe to repeat). <c>documents prepare-packages
/// &lt;congress id&gt;</c>: prepares every tablet's package of the congress here and now, waiting for it (what the portal's button
/// asks the background to do; docs/adr/0031).
/// </summary>
internal sealed class DocumentsVerb(IServiceScopeFactory scopes, LuceneDocumentIndex index, DocumentKeyRotation rotation) : ICliVerb
{
    public string Name => "documents";
    public string Usage => "documents reindex | documents rewrap | documents prepare-packages <congress id>";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        switch (arguments.FirstOrDefault())
        {
            case "reindex":
            {
                await using var scope = scopes.CreateAsyncScope();
                var (indexed, unreadable) = await scope.ServiceProvider.GetRequiredService<DocumentIndexer>().RebuildAsync(cancellationToken);
                output.WriteLine($"Đã dựng lại chỉ mục tìm kiếm tài liệu ({index.Location}): {indexed} tài liệu, {index.Count} trang.");
                if (unreadable > 0) output.WriteLine($"  {unreadable} tài liệu có bản mã không nguyên vẹn — chỉ tìm được theo tên.");
                return unreadable > 0 ? 3 : 0;
            }
            case "prepare-packages" when arguments.Count > 1 && Guid.TryParse(arguments[1], out var congressId):
            {
                await using var scope = scopes.CreateAsyncScope();
                var started = System.Diagnostics.Stopwatch.StartNew();
                var (prepared, current, failed) = await scope.ServiceProvider.GetRequiredService<Application.Devices.PreparePackages.PreparePackagesJob>()
                    .PrepareAsync(congressId, null, cancellationToken);
                output.WriteLine($"Đã chuẩn bị gói cho {prepared} máy tính bảng trong {started.Elapsed.TotalSeconds:F0} giây; {current} máy đã có gói mới nhất; {failed} máy lỗi (lần đồng bộ tới sẽ tạo gói).");
                return failed > 0 ? 3 : 0;
            }
            case "rewrap":
                output.WriteLine($"Đã bọc lại {await rotation.RewrapAllAsync(cancellationToken)} khoá dữ liệu bằng khoá chính hiện hành.");
                return 0;
            default:
                output.WriteLine($"Cách dùng: {Usage}");
                return 2;
        }
    }
}
