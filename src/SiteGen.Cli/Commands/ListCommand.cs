using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen list</c>: one row per article with what was read and inferred, and where each value came from
/// (like <c>hugo list all</c>). It is how a person audits the archive.
/// </summary>
public static class ListCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var clock = CommonOptions.Clock();
        var format = new Option<string>("--format")
        {
            Description = "csv (default) or json.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");

        var command = new Command("list", "List every article with its inferred date (with its confidence and evidence), tags, section, place, source portal, editor and URL, where each came from, its status and the repairs made to its text.")
        {
            root, format, drafts, future, clock,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!BuildCommand.TryParseClock(parse.GetValue(clock), stderr, out var today)) return SiteGenCli.UsageError;
            Catalog catalog;
            try
            {
                catalog = await SiteCatalog.LoadAsync(new BuildOptions
                {
                    Root = parse.GetValue(root)!,
                    Drafts = parse.GetValue(drafts),
                    Future = parse.GetValue(future),
                    Clock = today,
                    ExplainTags = true,
                }, cancellation);
            }
            catch (ConfigurationException e)
            {
                stderr.WriteLine(e.Diagnostic.ToString());
                return SiteGenCli.UsageError;
            }

            var rows = catalog.Articles.Select(a => Row(a, a.Draft ? "draft" : "published", catalog))
                .Concat(catalog.Blank.Select(a => Row(a, "blank", catalog)))
                .OrderBy(r => r.SourcePath, StringComparer.Ordinal).ToList();
            if (parse.GetValue(format) == "json") WriteJson(rows, stdout);
            else WriteCsv(rows, stdout);
            return catalog.Diagnostics.Any(d => d.Severity == Severity.Error) ? 1 : 0;
        });
        return command;
    }

    /// <param name="Status">
    /// <c>published</c>; <c>draft</c> (listed with --drafts); or <c>blank</c>: a title and no body text, so left out of
    /// the site (the warnings say so, and that front matter <c>draft: false</c> publishes it anyway).
    /// </param>
    /// <param name="Repairs">The text repairs made while reading it (mojibake, invisible, teaser, dateline, debris).</param>
    /// <param name="TagReasons">Per inferred tag, why it was chosen: <c>KPK: title, lead, 7 mentions; counted in: Komisi Pemberantasan Korupsi</c>.</param>
    public sealed record ListRow(
        string SourcePath, string Title, string? Date, string DateSource, double? DateConfidence, string? DateEvidence,
        IReadOnlyList<string> Tags, string TagSource, string? Section, string SectionSource, IReadOnlyList<string> SectionWords,
        string? City, string? Source, string? Editor, string Slug, string Url, IReadOnlyList<string> Warnings, string Status, IReadOnlyList<string> Repairs,
        IReadOnlyList<string> TagReasons);

    private static ListRow Row(Article a, string status, Catalog catalog) => new(
        a.SourcePath,
        a.Title,
        a.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        SourceName(a.DateSource),
        a.DateConfidence is { } c ? Math.Round(c, 2) : null,
        a.DateReason,
        a.Tags,
        SourceName(a.TagSource),
        a.Section,
        SourceName(a.SectionSource),
        a.SectionWords,
        a.City,
        a.Source,
        a.Editor,
        a.Slug,
        a.Url,
        catalog.Diagnostics.Where(d => d.File == a.SourcePath).Select(d => d.Message).ToList(),
        status,
        TextRepairNames.Of(a.Repairs),
        catalog.Tags.NotesFor(a.SourcePath).Select(n => $"{n.Tag}: {n.Reason}").ToList());

    /// <summary>front-matter, table, filename, text or none: the words the issue tracker and README use.</summary>
    public static string SourceName(ValueSource source) => source switch
    {
        ValueSource.FrontMatter => "front-matter",
        ValueSource.Table => "table",
        ValueSource.FileName => "filename",
        ValueSource.Text => "text",
        ValueSource.Settings => "settings",
        _ => "none",
    };

    internal static void WriteJson<T>(IReadOnlyList<T> rows, TextWriter output)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable Indonesian text; this is not embedded in HTML
        };
        output.WriteLine(JsonSerializer.Serialize(rows, options));
    }

    private static void WriteCsv(IReadOnlyList<ListRow> rows, TextWriter output)
    {
        output.WriteLine("sourcePath,title,date,dateSource,dateConfidence,dateEvidence,tags,tagSource,section,sectionSource,sectionWords,city,source,editor,slug,url,warnings,status,repairs,tagReasons");
        foreach (var r in rows)
        {
            string[] fields = [r.SourcePath, r.Title, r.Date ?? "", r.DateSource,
                r.DateConfidence?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "", r.DateEvidence ?? "",
                string.Join("; ", r.Tags), r.TagSource, r.Section ?? "", r.SectionSource, string.Join("; ", r.SectionWords),
                r.City ?? "", r.Source ?? "", r.Editor ?? "", r.Slug, r.Url, string.Join(" | ", r.Warnings), r.Status, string.Join("; ", r.Repairs),
                string.Join(" | ", r.TagReasons)];
            output.WriteLine(string.Join(',', fields.Select(Quote)));
        }
    }

    // RFC 4180: quote every field, double the quotes inside.
    internal static string Quote(string field) => "\"" + field.Replace("\"", "\"\"") + "\"";
}
