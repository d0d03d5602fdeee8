using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Congress.Modules.Documents.Infrastructure.Search;

/// <summary>
/// The two analyses of one text (docs/adr/0020). Input is NFC already (the inspector and the query path normalise), so
/// every Vietnamese letter is one precomposed code point: <c>folded</c> lower-cases and ASCII-folds it (ệ → e, đ/Đ → d, all
/// 134 letters), so "nghi quyet" finds "Nghị quyết" and "dang bo" finds "Đảng bộ"; <c>exact</c> only lower-cases, so a
/// query with its diacritics ("Đảng") also scores on the exact field and ranks above its folded twins ("đang").
/// </summary>
internal static class VietnameseAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Folded() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    public static Analyzer Exact() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
    });
}
