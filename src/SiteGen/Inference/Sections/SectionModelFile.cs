using System.Globalization;
using System.Text;

namespace SiteGen.Inference.Sections;

/// <summary>
/// The built-in model as a tab-separated text file a person can read: comment lines (<c>#</c>), a <c>section</c> row of
/// slugs, an <c>articles</c> row of how many articles taught each, then one row per word with its count in each
/// section, words in ordinal order. Written by the training test, embedded in the library, read once per build.
/// </summary>
public static class SectionModelFile
{
    private const string SectionRow = "section";
    private const string ArticlesRow = "articles";

    public static string Write(SectionCounts counts, IEnumerable<string> comments)
    {
        var text = new StringBuilder();
        foreach (var line in comments) text.Append("# ").Append(line).Append('\n');
        text.Append(SectionRow);
        foreach (var slug in counts.Sections) text.Append('\t').Append(slug);
        text.Append('\n').Append(ArticlesRow);
        for (var s = 0; s < counts.Sections.Count; s++) text.Append('\t').Append(counts.Articles(s).ToString(CultureInfo.InvariantCulture));
        text.Append('\n');
        foreach (var word in counts.Words.Order(StringComparer.Ordinal))
        {
            text.Append(word);
            for (var s = 0; s < counts.Sections.Count; s++) text.Append('\t').Append(counts.Count(word, s).ToString(CultureInfo.InvariantCulture));
            text.Append('\n');
        }
        return text.ToString();
    }

    public static SectionCounts Read(TextReader reader)
    {
        var counts = new SectionCounts();
        int[]? sections = null;
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (sections is null)
            {
                if (fields[0] != SectionRow) throw new FormatException($"line {lineNumber}: expected the '{SectionRow}' row");
                sections = fields.Skip(1).Select(counts.Section).ToArray();
                continue;
            }
            if (fields.Length != sections.Length + 1) throw new FormatException($"line {lineNumber}: {fields.Length - 1} counts for {sections.Length} sections");
            for (var s = 0; s < sections.Length; s++)
            {
                var n = long.Parse(fields[s + 1], NumberStyles.None, CultureInfo.InvariantCulture);
                if (fields[0] == ArticlesRow) counts.AddArticles(sections[s], n);
                else counts.AddWord(sections[s], fields[0], n);
            }
        }
        return counts;
    }
}
