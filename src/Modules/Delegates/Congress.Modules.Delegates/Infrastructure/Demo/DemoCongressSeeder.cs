using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Delegates.Infrastructure.Demo;

/// <summary>
/// The demo congress: a provincial party committee's congress for 2025–2030 with 450 official delegates
/// representing about 82,000 members, from 32 organisations below the province, in 12 discussion groups.
/// Deterministic (fixed random seed), so demos and tests see the same names.
/// </summary>
internal sealed class DemoCongressSeeder(IServiceScopeFactory scopes) : IDemoSeeder
{
    public const string ProvinceCode = "NB";
    public const string CentreCode = "TW";
    public const int OfficialDelegates = 450;

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương"];
    private static readonly string[] MaleMiddle = ["Văn", "Đức", "Quang", "Minh", "Hữu", "Công", "Xuân", "Thanh", "Ngọc", "Trọng"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim", "Minh", "Phương"];
    private static readonly string[] MaleGiven = ["Hùng", "Dũng", "Tuấn", "Thắng", "Long", "Hải", "Sơn", "Bình", "Cường", "Đạt", "Khoa", "Phúc", "Tùng", "Việt", "Quân", "Hiếu", "Trung", "Nam"];
    private static readonly string[] FemaleGiven = ["Lan", "Hương", "Hoa", "Mai", "Hạnh", "Dung", "Thảo", "Yến", "Trang", "Nga", "Loan", "Hằng", "Liên", "Oanh"];
    private static readonly string[] Ethnicities = ["Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Mường", "Tày", "Dao"];
    private static readonly string[] Educations = ["Thạc sĩ", "Cử nhân", "Cử nhân", "Tiến sĩ", "Kỹ sư"];
    private static readonly string[] Theory = ["Cao cấp", "Cao cấp", "Cao cấp", "Trung cấp"];
    private static readonly string[] Positions = ["Bí thư", "Phó Bí thư", "Chủ tịch UBND", "Trưởng ban", "Giám đốc Sở", "Ủy viên Ban Thường vụ", "Chủ tịch UBMTTQ"];
    private static readonly string[] Communes = ["Hoa Lư", "Tam Điệp", "Nho Quan", "Gia Viễn", "Yên Khánh", "Yên Mô", "Kim Sơn", "Phủ Lý", "Duy Tiên", "Kim Bảng", "Thanh Liêm", "Bình Lục", "Lý Nhân", "Nam Định", "Mỹ Lộc", "Vụ Bản", "Ý Yên", "Nghĩa Hưng", "Nam Trực", "Trực Ninh", "Xuân Trường", "Giao Thủy", "Hải Hậu", "Đông Thành", "Ninh Giang", "Thiên Trường"];
    private static readonly string[] Agencies = ["Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy UBND tỉnh", "Đảng ủy Quân sự tỉnh", "Đảng ủy Công an tỉnh", "Đảng ủy Khối doanh nghiệp", "Đảng ủy Bệnh viện Đa khoa tỉnh"];

    public async Task SeedAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DelegatesDbContext>();
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            output.WriteLine("Dữ liệu đại hội đã có; bỏ qua dữ liệu mẫu.");
            return;
        }
        await using var transaction = await db.BeginAsync(cancellationToken);
        var random = new Random(2025);

        var centre = Organisation.CreateRoot("Đảng Cộng sản Việt Nam", CentreCode, OrganisationLevel.Centre, 5_600_000).Value;
        var province = centre.AddChild("Đảng bộ tỉnh Ninh Bình", ProvinceCode, OrganisationLevel.Province, 0).Value;
        db.Organisations.AddRange(centre, province);
        var below = new List<Organisation>();
        foreach (var (name, index) in Communes.Select((n, i) => (n, i)))
            below.Add(province.AddChild($"Đảng bộ xã {name}", $"NB-X{index + 1:00}", OrganisationLevel.Commune, random.Next(1_800, 3_600)).Value);
        foreach (var (name, index) in Agencies.Select((n, i) => (n, i)))
            below.Add(province.AddChild(name, $"NB-K{index + 1:00}", OrganisationLevel.AgencyCommittee, random.Next(600, 2_400)).Value);
        var cells = below.Take(3).Select((commune, i) => commune.AddChild($"Chi bộ thôn {i + 1}", $"{commune.Code}-CB1", OrganisationLevel.Cell, random.Next(20, 60)).Value).ToList();
        db.Organisations.AddRange(below);
        db.Organisations.AddRange(cells);
        var totalMembers = below.Sum(o => o.MemberCount);
        province.UpdateMemberCount(totalMembers);

        var congress = PartyCongress.Schedule(province, "Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ I", 2025, 2030,
            new DateOnly(2025, 10, 14), new DateOnly(2025, 10, 16), OfficialDelegates).Value;
        db.Congresses.Add(congress);

        // Seats in proportion to members, at least one per organisation.
        var seats = below.Select(o => Math.Max(1, (int)Math.Round((double)o.MemberCount / totalMembers * OfficialDelegates))).ToArray();
        for (var i = 0; seats.Sum() != OfficialDelegates; i = (i + 1) % seats.Length)
            seats[i] += seats.Sum() < OfficialDelegates ? 1 : (seats[i] > 1 ? -1 : 0);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var number = 0;
        var delegates = new List<CongressDelegate>();
        for (var o = 0; o < below.Count; o++)
        {
            for (var s = 0; s < seats[o]; s++)
            {
                number++;
                var female = random.NextDouble() < 0.22;
                var name = $"{Pick(random, FamilyNames)} {Pick(random, female ? FemaleMiddle : MaleMiddle)} {Pick(random, female ? FemaleGiven : MaleGiven)}";
                var born = new DateOnly(random.Next(1966, 1994), random.Next(1, 13), random.Next(1, 29));
                var profile = new DelegateProfile($"DB{number:000}", name, DelegateKind.Official, born, female ? Gender.Female : Gender.Male,
                    Pick(random, Ethnicities), born.AddYears(random.Next(22, 30)), Pick(random, Educations), Pick(random, Theory),
                    Pick(random, Positions), below[o].Name, below[o].Id, below[o].MemberCount / seats[o], below[o].Name);
                var registered = CongressDelegate.Register(congress.Id, profile, today).Value;
                registered.AssignSeat($"{(char)('A' + (number - 1) / 30)}{(number - 1) % 30 + 1}");
                delegates.Add(registered);
            }
        }
        for (var g = 0; g < 3; g++)
        {
            var profile = new DelegateProfile($"KM{g + 1:00}", $"{Pick(random, FamilyNames)} Văn Khách {g + 1}", DelegateKind.InvitedGuest,
                new DateOnly(1960 + g, 5, 1), Gender.Male, "Kinh", null, null, null, "Nguyên lãnh đạo tỉnh", null, province.Id, 0, "Khách mời");
            delegates.Add(CongressDelegate.Register(congress.Id, profile, today).Value);
        }
        db.Delegates.AddRange(delegates);

        var groups = Enumerable.Range(1, 12).Select(n => DiscussionGroup.Create(congress.Id, n, $"Tổ {n}", $"Phòng họp {n}").Value).ToList();
        db.DiscussionGroups.AddRange(groups);
        var official = delegates.Where(d => d.Kind == DelegateKind.Official).ToList();
        var placement = GroupBalancer.Distribute(official.GroupBy(d => d.Delegation).ToDictionary(g => g.Key, g => g.Count()), groups.Count);
        foreach (var member in official) member.AssignToGroup(groups[placement[member.Delegation]].Id);
        // The credentials board has reviewed most delegates before the congress opens.
        foreach (var member in official.Take(OfficialDelegates - 12)) member.ApproveCredentials("Ban Thẩm tra tư cách đại biểu", DateTime.UtcNow);

        await transaction.CommitAsync("SeedDemoCongress", new { congress = congress.Name, delegates = delegates.Count }, cancellationToken);
        output.WriteLine($"Đã tạo đại hội mẫu: {congress.Name} — {OfficialDelegates} đại biểu chính thức đại diện {totalMembers:N0} đảng viên, {below.Count} tổ chức đảng trực thuộc, {groups.Count} tổ thảo luận.");
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
