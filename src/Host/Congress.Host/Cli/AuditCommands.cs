using System.Text.Json;
using Congress.Shared.Infrastructure.Audit;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;

namespace Congress.Host.Cli;

/// <summary>
/// <c>audit verify [--anchor FILE]</c>: walks every module's keyed chain and names the first bad entry; with an anchor
/// exported earlier, also fails when an entry it saw is gone (a cut tail) or differs. <c>audit anchor [--out FILE]</c>:
/// verifies, then writes the head of every chain as JSON, to keep outside the database (docs/adr/0010).
/// Exit codes: 0 intact, 2 bad arguments or anchor file, 3 a chain is broken.
/// </summary>
internal static class AuditCommands
{
    public static async Task<int> VerifyAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        AuditAnchorFile? anchors = null;
        if (arguments.Count > 0)
        {
            if (arguments.Count != 2 || arguments[0] != "--anchor")
            {
                output.WriteLine("Cách dùng: audit verify [--anchor TỆP]");
                return 2;
            }
            try { anchors = AuditAnchorFile.Parse(await File.ReadAllTextAsync(arguments[1], ct)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                output.WriteLine($"Không đọc được mốc neo {arguments[1]}: {e.Message}");
                return 2;
            }
        }

        var intact = true;
        var modules = services.GetServices<ModuleDatabase>().ToList();
        foreach (var module in modules)
        {
            var anchor = anchors?.Modules.FirstOrDefault(a => a.Module == module.Schema);
            var verification = await VerifyOneAsync(services, module, anchor, ct);
            intact &= verification.IsIntact;
            output.WriteLine(Describe(verification, anchor));
        }
        foreach (var orphan in anchors?.Modules.Where(a => modules.All(m => m.Schema != a.Module)) ?? [])
        {
            intact = false;
            output.WriteLine($"{orphan.Module}: CHUỖI BỊ PHÁ VỠ — mốc neo có phân hệ này (bản ghi {orphan.Sequence}) nhưng cài đặt này không có.");
        }
        if (!intact)
            output.WriteLine("Nếu mọi bản ghi có khoá đều báo bị sửa, có thể máy này không có khoá nhật ký của cài đặt (Audit:Key hoặc audit.key trong thư mục khoá).");
        return intact ? 0 : 3;
    }

    public static async Task<int> AnchorAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        string? path = null;
        if (arguments.Count > 0)
        {
            if (arguments.Count != 2 || arguments[0] != "--out")
            {
                output.WriteLine("Cách dùng: audit anchor [--out TỆP]");
                return 2;
            }
            path = arguments[1];
        }
        var now = services.GetRequiredService<IClock>().UtcNow;
        var anchors = new List<AuditAnchor>();
        foreach (var module in services.GetServices<ModuleDatabase>())
        {
            var verification = await VerifyOneAsync(services, module, null, ct);
            if (!verification.IsIntact)
            {
                // An anchor vouches for what it saw: never for a broken chain.
                output.WriteLine(Describe(verification, null));
                output.WriteLine("Không lập mốc neo cho chuỗi bị phá vỡ.");
                return 3;
            }
            anchors.Add(new AuditAnchor(module.Schema, verification.HeadSequence, verification.HeadHash, verification.KeyedFrom, now));
        }
        var json = JsonSerializer.Serialize(new AuditAnchorFile(AuditAnchorFile.ExpectedKind, 1, now, anchors), AuditAnchorFile.Json);
        if (path is null)
        {
            output.WriteLine(json);
            return 0;
        }
        try { await File.WriteAllTextAsync(path, json + "\n", ct); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"Không ghi được {path}: {e.Message}");
            return 2;
        }
        output.WriteLine($"Đã ghi mốc neo nhật ký ({anchors.Count} phân hệ, {now:yyyy-MM-dd HH:mm:ss}Z) vào {path}. Hãy cất nó ngoài máy chủ và cơ sở dữ liệu.");
        return 0;
    }

    private static async Task<AuditVerification> VerifyOneAsync(IServiceProvider services, ModuleDatabase module, AuditAnchor? anchor, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        return await AuditChain.VerifyAsync(context, anchor, ct);
    }

    private static string Describe(AuditVerification v, AuditAnchor? anchor)
    {
        if (!v.IsIntact)
            return $"{v.Schema}: CHUỖI BỊ PHÁ VỠ tại bản ghi {v.FailedSequence} — {v.Problem} (sau {v.EntriesVerified} bản ghi hợp lệ).";
        var legacy = v.LegacyEntries > 0
            ? $" {v.LegacyEntries} bản ghi đầu có từ trước khi chuỗi có khoá (chỉ kiểm bằng băm không khoá; bản ghi có khoá đầu tiên khoá chúng lại)."
            : "";
        var unkeyed = v.EntriesVerified > 0 && v.KeyedFrom is null ? " CHƯA có bản ghi nào có khoá." : "";
        var anchored = anchor is null ? "" : $" Khớp mốc neo {anchor.AtUtc:yyyy-MM-dd HH:mm:ss}Z (bản ghi {anchor.Sequence}).";
        return $"{v.Schema}: {v.EntriesVerified} bản ghi nhật ký, chuỗi khoá nguyên vẹn.{legacy}{unkeyed}{anchored}";
    }
}
