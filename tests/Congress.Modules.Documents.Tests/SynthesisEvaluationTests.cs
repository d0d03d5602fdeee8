using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Infrastructure.Synthesis;
using FluentAssertions;
using Xunit.Abstractions;

namespace Congress.Modules.Documents.Tests;

/// <summary>
/// The extractive synthesis on a Vietnamese set written for it: 32 comments on one section of a draft political report,
/// 4 known topics, 8 comments each, worded differently. Purity (each theme's majority topic) and inverse purity (each
/// topic's largest theme) are printed and held to a floor; splitting everything apart would score purity 1 and fail the second.
/// </summary>
public sealed class SynthesisEvaluationTests(ITestOutputHelper output)
{
    private static readonly (string Topic, string Text)[] Set =
    [
        ("số", "Đề nghị bổ sung chỉ tiêu chuyển đổi số trong các cơ quan Đảng, chính quyền."),
        ("số", "Chuyển đổi số phải đi trước một bước, nhất là dịch vụ công trực tuyến toàn trình."),
        ("số", "Cần có chỉ tiêu cụ thể về tỷ lệ dịch vụ công trực tuyến và hạ tầng số."),
        ("số", "Hạ tầng số ở vùng sâu vùng xa còn yếu, đề nghị ưu tiên đầu tư hạ tầng số."),
        ("số", "Xây dựng chính quyền số, dữ liệu số dùng chung giữa các sở ngành."),
        ("số", "Đào tạo kỹ năng số cho cán bộ cơ sở để chuyển đổi số thực chất."),
        ("số", "Dữ liệu số về dân cư và đất đai cần được kết nối, chia sẻ."),
        ("số", "Đưa chỉ tiêu kinh tế số chiếm tỷ trọng trong GRDP vào nghị quyết."),
        ("cán bộ", "Quan tâm hơn đến công tác cán bộ trẻ, cán bộ nữ trong quy hoạch."),
        ("cán bộ", "Tỷ lệ cán bộ trẻ trong cấp ủy còn thấp, cần có giải pháp đào tạo cán bộ trẻ."),
        ("cán bộ", "Công tác quy hoạch cán bộ cần gắn với luân chuyển cán bộ."),
        ("cán bộ", "Đề nghị có cơ chế bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm."),
        ("cán bộ", "Luân chuyển cán bộ về cơ sở để rèn luyện thực tiễn."),
        ("cán bộ", "Đánh giá cán bộ bằng kết quả, sản phẩm cụ thể, không chung chung."),
        ("cán bộ", "Chính sách thu hút cán bộ trẻ có trình độ cao về làm việc tại tỉnh."),
        ("cán bộ", "Tăng tỷ lệ cán bộ nữ tham gia cấp ủy các cấp."),
        ("môi trường", "Ô nhiễm môi trường ở các khu công nghiệp cần được xử lý dứt điểm."),
        ("môi trường", "Bảo vệ môi trường, xử lý nước thải khu công nghiệp trước khi cấp phép."),
        ("môi trường", "Rác thải sinh hoạt ở nông thôn chưa được thu gom, xử lý rác thải còn yếu."),
        ("môi trường", "Ứng phó biến đổi khí hậu, sạt lở bờ sông cần được đưa vào nhiệm vụ trọng tâm."),
        ("môi trường", "Trồng rừng, bảo vệ rừng phòng hộ đầu nguồn trước biến đổi khí hậu."),
        ("môi trường", "Không đánh đổi môi trường lấy tăng trưởng, kiểm soát ô nhiễm chặt chẽ."),
        ("môi trường", "Xây dựng nhà máy xử lý rác thải tập trung cho các huyện."),
        ("môi trường", "Quan trắc môi trường tự động tại các khu công nghiệp lớn."),
        ("nông nghiệp", "Phát triển nông nghiệp công nghệ cao gắn với tiêu thụ nông sản."),
        ("nông nghiệp", "Nông sản bị ép giá, cần liên kết chuỗi giá trị nông nghiệp."),
        ("nông nghiệp", "Xây dựng thương hiệu nông sản chủ lực của tỉnh."),
        ("nông nghiệp", "Hỗ trợ hợp tác xã nông nghiệp tiếp cận vốn vay."),
        ("nông nghiệp", "Chuyển đổi cơ cấu cây trồng phù hợp, phát triển nông nghiệp hữu cơ."),
        ("nông nghiệp", "Thu hút doanh nghiệp đầu tư vào nông nghiệp, nông thôn."),
        ("nông nghiệp", "Mở rộng vùng nguyên liệu nông sản đạt chuẩn xuất khẩu."),
        ("nông nghiệp", "Nâng cao thu nhập nông dân qua liên kết sản xuất nông nghiệp."),
    ];

    [Fact]
    public void Comments_with_known_topics_are_grouped_by_topic_and_summarised_by_their_own_sentences()
    {
        var utterances = Set.Select((c, i) => new Utterance(Guid.NewGuid(), $"đại biểu {i % 20}", c.Text)).ToList();
        var topicOf = utterances.Select((u, i) => (u.SourceId, Set[i].Topic)).ToDictionary(p => p.SourceId, p => p.Topic);

        var themes = new ExtractiveSynthesiser().Synthesise(utterances);

        var purity = themes.Sum(t => t.Sources.GroupBy(s => topicOf[s]).Max(g => g.Count())) / (double)Set.Length;
        var inversePurity = Set.GroupBy(c => c.Topic).Sum(topic => themes.Max(t => t.Sources.Count(s => topicOf[s] == topic.Key))) / (double)Set.Length;
        output.WriteLine($"themes {themes.Count}, purity {purity:F2}, inverse purity {inversePurity:F2}");
        foreach (var theme in themes)
            output.WriteLine($"  {theme.Speakers} đại biểu, {theme.Sources.Count} góp ý: {string.Join(" | ", theme.Sentences.Select(s => s.Text))}");

        purity.Should().BeGreaterThanOrEqualTo(0.85);
        inversePurity.Should().BeGreaterThanOrEqualTo(0.6);
        themes.Should().OnlyContain(t => t.Sentences.All(s => t.Sources.Contains(s.SourceId)), "every representative sentence links to a source of its own theme");
        themes.Should().OnlyContain(t => t.Speakers >= 1 && t.Speakers <= t.Sources.Count);
    }
}
