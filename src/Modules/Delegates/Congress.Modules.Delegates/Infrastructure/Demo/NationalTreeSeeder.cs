using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Delegates.Infrastructure.Demo;

/// <summary>
/// The whole country's party-organisation tree for <c>seed-national</c>, under the demo's centre (TW): the 33 provinces
/// and centrally-run cities of the 2025 reorganisation besides the demo's Ninh Bình (34 with it), each with about its
/// real number of communes and wards (~3,200 in all, scaled by <see cref="NationalSize.Scale"/>), and under each commune
/// 10–26 grassroots organisations (~58,000 at full size). Names are generated (Vietnamese place-name syllables), codes
/// unique: province code, "-X"/"-P" and a number for a commune or ward, "-C" and a number for a grassroots organisation.
/// Written as the real tree (Delegates' organisations, through the domain's AddChild), one transaction and one audit
/// entry per province, change detection off: the insert is batched by EF Core.
/// </summary>
internal sealed class NationalTreeSeeder(IServiceScopeFactory scopes) : INationalSeeder
{
    /// <summary>(code, name, city?, communes and wards after the 2025 reorganisation — approximately).</summary>
    internal static readonly (string Code, string Name, bool City, int Communes)[] Provinces =
    [
        ("HN", "Hà Nội", true, 126), ("HUE", "Huế", true, 40), ("HP", "Hải Phòng", true, 114), ("DNG", "Đà Nẵng", true, 94),
        ("HCM", "Hồ Chí Minh", true, 168), ("CT", "Cần Thơ", true, 103), ("LCH", "Lai Châu", false, 38), ("DB", "Điện Biên", false, 45),
        ("SL", "Sơn La", false, 75), ("LS", "Lạng Sơn", false, 65), ("QNI", "Quảng Ninh", false, 54), ("TH", "Thanh Hóa", false, 166),
        ("NA", "Nghệ An", false, 130), ("HT", "Hà Tĩnh", false, 69), ("CB", "Cao Bằng", false, 56), ("TQ", "Tuyên Quang", false, 124),
        ("LC", "Lào Cai", false, 99), ("TN", "Thái Nguyên", false, 92), ("PT", "Phú Thọ", false, 148), ("BN", "Bắc Ninh", false, 99),
        ("HY", "Hưng Yên", false, 104), ("QT", "Quảng Trị", false, 78), ("QNG", "Quảng Ngãi", false, 96), ("GL", "Gia Lai", false, 135),
        ("KH", "Khánh Hòa", false, 65), ("LD", "Lâm Đồng", false, 124), ("DL", "Đắk Lắk", false, 102), ("DNA", "Đồng Nai", false, 95),
        ("TNI", "Tây Ninh", false, 96), ("VL", "Vĩnh Long", false, 124), ("DT", "Đồng Tháp", false, 102), ("CM", "Cà Mau", false, 64),
        ("AG", "An Giang", false, 102),
    ];

    private static readonly string[] Syllables =
    [
        "An", "Bình", "Hòa", "Phú", "Tân", "Long", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Xuân", "Hưng", "Phước", "Thuận", "Lộc",
        "Mỹ", "Vĩnh", "Quang", "Trung", "Hải", "Sơn", "Lâm", "Thanh", "Đức", "Hiệp", "Cát", "Kim", "Ngọc", "Yên", "Hà", "Minh",
        "Tiến", "Thắng", "Lợi", "Thịnh", "Phong", "Hồng", "Quý", "Khánh", "Định", "Hội", "Lạc", "Điền", "Thái", "Bảo", "Gia", "Châu",
    ];

    private static readonly string[] Institutions =
    [
        "Chi bộ Trường Tiểu học", "Chi bộ Trường Trung học cơ sở", "Chi bộ Trạm Y tế", "Chi bộ Công an", "Chi bộ Quân sự",
        "Chi bộ Trường Mầm non", "Chi bộ Hợp tác xã",
    ];

    public async Task<string?> RefusalAsync(NationalSize size, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
        var centre = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == DemoCongressSeeder.CentreCode, cancellationToken);
        if (centre is null)
            return $"cây tổ chức không có Trung ương (mã {DemoCongressSeeder.CentreCode}) của dữ liệu mẫu — đây không phải cơ sở dữ liệu mẫu; hãy dùng một cơ sở dữ liệu trống.";
        var codes = Provinces.Select(p => p.Code).ToList();
        if (await db.Organisations.AnyAsync(o => codes.Contains(o.Code), cancellationToken))
            return "cây tổ chức toàn quốc đã được tạo (seed-national đã chạy trên cơ sở dữ liệu này); không tạo lại.";
        var others = await db.Organisations.AsNoTracking()
            .Where(o => o.ParentId == centre.Id && o.Code != DemoCongressSeeder.ProvinceCode).OrderBy(o => o.Code).Select(o => o.Code).Take(5).ToListAsync(cancellationToken);
        if (others.Count > 0)
            return $"dưới Trung ương đã có tổ chức khác ngoài dữ liệu mẫu ({string.Join(", ", others)}); cây toàn quốc sẽ trùng lặp với chúng.";
        return null;
    }

    public async Task SeedAsync(NationalSize size, TextWriter output, CancellationToken cancellationToken)
    {
        var random = new Random(2026);
        Guid centreId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
            centreId = (await db.Organisations.AsNoTracking().FirstAsync(o => o.Code == DemoCongressSeeder.CentreCode, cancellationToken)).Id.Value;
        }
        int communes = 0, grassroots = 0;
        foreach (var (code, name, city, realCommunes) in Provinces)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.BeginAsync(cancellationToken);
            var centre = await db.Organisations.FirstAsync(o => o.Id == new OrganisationId(centreId), cancellationToken);
            var province = centre.AddChild(city ? $"Đảng bộ thành phố {name}" : $"Đảng bộ tỉnh {name}", code, OrganisationLevel.Province, 0).Value;
            var batch = new List<Organisation> { province };
            var used = new HashSet<string>();
            var count = Math.Max(1, (int)Math.Round(realCommunes * size.Scale));
            var provinceMembers = 0;
            for (var c = 1; c <= count; c++)
            {
                var ward = random.NextDouble() < (city ? 0.55 : 0.12);
                var placeName = PlaceName(random, used);
                var commune = province.AddChild(ward ? $"Đảng bộ phường {placeName}" : $"Đảng bộ xã {placeName}", $"{code}-{(ward ? 'P' : 'X')}{c:000}",
                    OrganisationLevel.Commune, 0).Value;
                batch.Add(commune);
                var cells = random.Next(10, 27);
                var communeMembers = 0;
                for (var g = 1; g <= cells; g++)
                {
                    var cellName = g <= cells - 3
                        ? ward ? $"Chi bộ tổ dân phố {g}" : $"Chi bộ thôn {Syllables[random.Next(Syllables.Length)]} {g}"
                        : $"{Institutions[random.Next(Institutions.Length)]} {(ward ? "phường" : "xã")} {placeName}";
                    var members = random.Next(12, 140);
                    communeMembers += members;
                    batch.Add(commune.AddChild(cellName, $"{commune.Code}-C{g:00}", OrganisationLevel.Grassroots, members).Value);
                }
                commune.UpdateMemberCount(communeMembers);
                provinceMembers += communeMembers;
                grassroots += cells;
            }
            communes += count;
            province.UpdateMemberCount(provinceMembers);
            db.Organisations.AddRange(batch);
            await transaction.CommitAsync("SeedNationalTree", new { province = province.Name, code, organisations = batch.Count }, cancellationToken);
        }
        await output.WriteLineAsync($"Delegates: cây tổ chức toàn quốc — {Provinces.Length + 1} tỉnh, thành phố ({Provinces.Length} mới và Ninh Bình của dữ liệu mẫu), " +
                                    $"{communes:N0} xã, phường, {grassroots:N0} tổ chức cơ sở đảng.");
    }

    /// <summary>Two syllables, not yet used in this province ("Tân Phú", "Vĩnh Hòa"); a number when the pairs run out.</summary>
    private static string PlaceName(Random random, HashSet<string> used)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var first = Syllables[random.Next(Syllables.Length)];
            var second = Syllables[random.Next(Syllables.Length)];
            if (first == second) continue;
            var name = $"{first} {second}";
            if (used.Add(name)) return name;
        }
        var numbered = $"{Syllables[random.Next(Syllables.Length)]} {used.Count + 1}";
        used.Add(numbered);
        return numbered;
    }
}
