using System.Text;
using Congress.Modules.Documents.Infrastructure.Search;
using FluentAssertions;
using Lucene.Net.Analysis.TokenAttributes;

namespace Congress.Modules.Documents.Tests;

/// <summary>The search analysis itself: every one of the 134 Vietnamese letters folds to its ASCII base after NFC, đ/Đ included.</summary>
public sealed class VietnameseFoldingTests
{
    private static readonly (string Letters, char Base)[] Vowels =
    [
        ("aăâ", 'a'), ("eê", 'e'), ("i", 'i'), ("oôơ", 'o'), ("uư", 'u'), ("y", 'y'),
    ];

    private static readonly string[] Tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]; // none, huyền, sắc, ngã, hỏi, nặng

    public static IEnumerable<(string Letter, char Base)> Letters()
    {
        foreach (var (letters, ascii) in Vowels)
        foreach (var letter in letters)
        foreach (var tone in Tones)
        {
            if (letter == ascii && tone.Length == 0) continue; // a plain ASCII vowel is not one of the 134
            var composed = (letter + tone).Normalize(NormalizationForm.FormC);
            yield return (composed, ascii);
            yield return (composed.ToUpperInvariant(), ascii);
        }
        yield return ("đ", 'd');
        yield return ("Đ", 'd');
    }

    [Fact]
    public void All_134_vietnamese_letters_fold_to_their_ascii_base_and_the_exact_field_keeps_them()
    {
        var letters = Letters().ToList();
        letters.Select(l => l.Letter).Distinct().Should().HaveCount(134);
        foreach (var (letter, ascii) in letters)
        {
            Tokens(VietnameseAnalyzers.Folded(), $"x{letter}x").Should().Equal([$"x{ascii}x"], $"{letter} folds to {ascii}");
            Tokens(VietnameseAnalyzers.Exact(), $"x{letter}x").Should().Equal([$"x{letter.ToLowerInvariant()}x"]);
        }
        Tokens(VietnameseAnalyzers.Folded(), "Nghị quyết Đảng bộ").Should().Equal("nghi", "quyet", "dang", "bo");
    }

    private static List<string> Tokens(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
