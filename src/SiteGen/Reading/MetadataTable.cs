using SiteGen.Engine;
using SiteGen.Language;
using SiteGen.Model;
using nietras.SeparatedValues;

namespace SiteGen.Reading;

/// <summary>
/// The optional metadata table <c>seeds/_meta.tsv</c> (or <c>seeds/_meta.csv</c>): a header row, then one row per
/// article. Columns are found by name, in any order and case: <c>filename</c> (or <c>file</c>), <c>date</c>,
/// <c>tags</c> (separated by <c>;</c> or <c>,</c>), <c>category</c>, <c>slug</c>, <c>url</c>; others are ignored.
/// A bad row is a warning naming the table and its line, and is skipped; the rest of the table still counts.
/// </summary>
public sealed class MetadataTable
{
    public static readonly string[] FileNames = ["_meta.tsv", "_meta.csv"];

    private readonly Dictionary<string, MetadataRow> _rows;

    private MetadataTable(string path, Dictionary<string, MetadataRow> rows)
    {
        Path = path;
        _rows = rows;
    }

    /// <summary>The table's path relative to the site root, e.g. <c>seeds/_meta.tsv</c>.</summary>
    public string Path { get; }

    public int Count => _rows.Count;

    public IEnumerable<MetadataRow> Rows => _rows.Values.OrderBy(r => r.Line);

    /// <summary>The row for a file name relative to <c>seeds/</c>, or null.</summary>
    public MetadataRow? Find(string fileName) => _rows.GetValueOrDefault(NormaliseKey(fileName));

    /// <summary>The row for an article, by its source path (<c>seeds/000_x.txt</c>), or null.</summary>
    public MetadataRow? For(Article article)
    {
        var path = article.SourcePath;
        var prefix = SeedFiles.Folder + "/";
        return Find(path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path);
    }

    /// <summary>
    /// Reads <c>seeds/_meta.tsv</c> or <c>seeds/_meta.csv</c> under <paramref name="root"/>; null when neither exists.
    /// When both exist the TSV wins and the CSV is reported as ignored.
    /// </summary>
    /// <param name="articleFileNames">Article files relative to <c>seeds/</c>, to report rows naming no article.</param>
    public static MetadataTable? Load(string root, IReadOnlySet<string> articleFileNames, DiagnosticBag diagnostics)
    {
        string? found = null;
        foreach (var name in FileNames)
        {
            var relative = SeedFiles.Folder + "/" + name;
            if (!File.Exists(System.IO.Path.Combine(root, SeedFiles.Folder, name))) continue;
            if (found is null) found = relative;
            else diagnostics.Add(Diagnostic.Warning(relative, $"ignored: {found} is used instead"));
        }
        if (found is null) return null;

        string text;
        try
        {
            text = File.ReadAllText(System.IO.Path.Combine(root, found));
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(found, $"could not be read: {e.Message}"));
            return null;
        }
        return Parse(found, text, articleFileNames, diagnostics);
    }

    /// <summary>Parses the text of a table; <paramref name="path"/> (relative to the root) picks the separator and names it in diagnostics.</summary>
    public static MetadataTable Parse(string path, string text, IReadOnlySet<string> articleFileNames, DiagnosticBag diagnostics)
    {
        var rows = new Dictionary<string, MetadataRow>(StringComparer.Ordinal);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Warning(path, "is empty; no metadata was read from it"));
            return new MetadataTable(path, rows);
        }

        var separator = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t';
        using var reader = Sep.New(separator).Reader(o => o with
        {
            Unescape = true,
            DisableColCountCheck = true, // a short row is fine: missing cells are empty
            Trim = SepTrim.All,
        }).FromText(text);

        var columns = Columns.From(reader.Header.ColNames);
        if (columns.FileName < 0)
        {
            diagnostics.Add(Diagnostic.Error(path, "has no 'filename' column in its header row; the table was ignored", 1));
            return new MetadataTable(path, rows);
        }

        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            // The key as written (only trimmed): a file name may hold runs of spaces that tidying would collapse.
            var fileName = NormaliseKey(columns.FileName < row.ColCount ? row[columns.FileName].ToString() : "");
            if (fileName.Length == 0)
            {
                if (row.Span.Trim().Length > 0) diagnostics.Add(Diagnostic.Warning(path, "row has no file name; skipped", line));
                continue;
            }
            if (!articleFileNames.Contains(fileName))
            {
                diagnostics.Add(Diagnostic.Warning(path, $"names '{fileName}', which is not an article in {SeedFiles.Folder}/; row skipped", line));
                continue;
            }
            if (rows.TryGetValue(fileName, out var first))
            {
                diagnostics.Add(Diagnostic.Warning(path, $"names '{fileName}' again (first on line {first.Line}); the first row is used", line));
                continue;
            }

            DateOnly? date = null;
            if (Cell(row, columns.Date) is { } rawDate)
            {
                if (IndonesianDates.TryParse(rawDate, out var d)) date = d;
                else diagnostics.Add(Diagnostic.Warning(path, $"date '{rawDate}' for '{fileName}' is not a date (yyyy-mm-dd); ignored", line));
            }

            rows[fileName] = new MetadataRow(
                fileName,
                line,
                date,
                Cell(row, columns.Tags) is { } tags
                    ? DeclaredTags.Limit(SplitTags(tags), problem => diagnostics.Add(Diagnostic.Warning(path, $"row for '{fileName}' {problem}", line)))
                    : null,
                Cell(row, columns.Category),
                Cell(row, columns.Slug),
                Cell(row, columns.Url));
        }
        return new MetadataTable(path, rows);
    }

    /// <summary>Tags in one cell: <c>;</c> separates when present (so a tag may hold a comma), else <c>,</c>.</summary>
    public static List<string> SplitTags(string cell)
    {
        var separator = cell.Contains(';') ? ';' : ',';
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase); // a set, so a cell of 100,000 tags is not quadratic
        foreach (var part in cell.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (seen.Add(part)) tags.Add(part);
        return tags;
    }

    private static string? Cell(SepReader.Row row, int column)
    {
        if (column < 0 || column >= row.ColCount) return null;
        // Tidied like article text: a spreadsheet export may hold control characters or line breaks inside a cell.
        var value = TextLines.Tidy(row[column].ToString());
        return value.Length == 0 ? null : value;
    }

    private static string NormaliseKey(string fileName)
    {
        var key = fileName.Trim().Replace('\\', '/');
        while (key.StartsWith("./", StringComparison.Ordinal)) key = key[2..];
        return key;
    }

    /// <summary>Column indexes by meaning; -1 when absent.</summary>
    private readonly record struct Columns(int FileName, int Date, int Tags, int Category, int Slug, int Url)
    {
        public static Columns From(IReadOnlyList<string> names)
        {
            int fileName = -1, date = -1, tags = -1, category = -1, slug = -1, url = -1;
            for (var i = 0; i < names.Count; i++)
            {
                switch (names[i].Trim().ToLowerInvariant())
                {
                    case "filename" when fileName < 0: fileName = i; break;
                    case "file" when fileName < 0: fileName = i; break;
                    case "date" when date < 0: date = i; break;
                    case "tags" when tags < 0: tags = i; break;
                    case "category" when category < 0: category = i; break;
                    case "slug" when slug < 0: slug = i; break;
                    case "url" when url < 0: url = i; break;
                }
            }
            return new Columns(fileName, date, tags, category, slug, url);
        }
    }
}
