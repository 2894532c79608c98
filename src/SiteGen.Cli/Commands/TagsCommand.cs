using System.CommandLine;
using SiteGen.Build;
using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen tags</c>: every tag of the archive with how many articles carry it, where it came from and the other forms
/// merged into it, most used first. An editor reviews it and pins choices in site.yml: <c>tags.aliases</c> to merge or
/// rename (<c>Man United: Manchester United</c>), <c>tags.stopWords</c> to drop one.
/// </summary>
public static class TagsCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var clock = CommonOptions.Clock();
        var format = new Option<string>("--format")
        {
            Description = "text (default, aligned columns), csv or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "csv", "json");

        var command = new Command("tags", "List every tag with its article count, its source and the other forms (aliases) merged into it, to review and pin in site.yml.")
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
                }, cancellation);
            }
            catch (ConfigurationException e)
            {
                stderr.WriteLine(e.Diagnostic.ToString());
                return SiteGenCli.UsageError;
            }

            var rows = Rows(catalog);
            switch (parse.GetValue(format))
            {
                case "json": ListCommand.WriteJson(rows, stdout); break;
                case "csv": WriteCsv(rows, stdout); break;
                default: WriteText(rows, stdout); break;
            }
            return catalog.Diagnostics.Any(d => d.Severity == Severity.Error) ? 1 : 0;
        });
        return command;
    }

    /// <param name="Sources">Where the articles' values came from: text, front-matter, table.</param>
    public sealed record TagRow(string Tag, int Articles, IReadOnlyList<string> Sources, IReadOnlyList<string> Aliases);

    /// <summary>One row per tag (spellings that fold alike are one tag, as on the tag pages), most used first, ties alphabetical.</summary>
    public static IReadOnlyList<TagRow> Rows(Catalog catalog)
    {
        var byTag = new Dictionary<string, (string Name, int Articles, SortedSet<string> Sources)>(StringComparer.Ordinal);
        foreach (var a in catalog.Articles)
        {
            foreach (var tag in a.Tags.Distinct(StringComparer.Ordinal))
            {
                var folded = Archive.Taxonomy.Fold(tag);
                if (folded.Length == 0) continue;
                var entry = byTag.TryGetValue(folded, out var e) ? e : (Name: tag, Articles: 0, Sources: new SortedSet<string>(StringComparer.Ordinal));
                entry.Sources.Add(ListCommand.SourceName(a.TagSource));
                byTag[folded] = (entry.Name, entry.Articles + 1, entry.Sources);
            }
        }
        return byTag.Values
            .Select(e => new TagRow(e.Name, e.Articles, [.. e.Sources], catalog.Tags.AliasesOf(e.Name)))
            .OrderByDescending(r => r.Articles).ThenBy(r => r.Tag, StringComparer.Ordinal)
            .ToList();
    }

    private static void WriteText(IReadOnlyList<TagRow> rows, TextWriter output)
    {
        var width = rows.Count == 0 ? 3 : Math.Max(3, rows.Max(r => r.Tag.Length));
        output.WriteLine($"{"tag".PadRight(width)}  articles  source       aliases");
        foreach (var r in rows)
            output.WriteLine($"{r.Tag.PadRight(width)}  {r.Articles,8}  {string.Join("+", r.Sources),-11}  {string.Join(", ", r.Aliases)}");
        output.WriteLine($"{rows.Count} tags; {rows.Count(r => r.Articles >= 2)} on two articles or more. Pin choices in input/site.yml: tags.aliases (merge or rename), tags.stopWords (drop).");
    }

    private static void WriteCsv(IReadOnlyList<TagRow> rows, TextWriter output)
    {
        output.WriteLine("tag,articles,sources,aliases");
        foreach (var r in rows)
            output.WriteLine(string.Join(',', new[] { r.Tag, r.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join("; ", r.Sources), string.Join("; ", r.Aliases) }.Select(ListCommand.Quote)));
    }
}
