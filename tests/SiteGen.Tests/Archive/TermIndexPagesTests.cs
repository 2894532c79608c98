using System.Globalization;
using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>
/// A taxonomy's index stays small however many terms it has: the most used first, then pages by letter, A–Z, with
/// every term on exactly one of them and its count beside it.
/// </summary>
public sealed class TermIndexPagesTests : IClassFixture<TermIndexPagesTests.ManyTags>
{
    private const int Articles = 500;
    private readonly BuiltSite _out;

    public TermIndexPagesTests(ManyTags site) => _out = site.Output;

    /// <summary>
    /// 500 articles with three tags of their own each (1,500 tags used once) and one of 40 shared tags; letter pages of
    /// 20 terms, so that the larger letters take several.
    /// </summary>
    public sealed class ManyTags : IDisposable
    {
        private readonly TempSite _site = TempSite.Empty().Settings("""
            taxonomies:
              - { name: tag, path: tag, field: tags, title: Tag, indexPageSize: 20 }
              - { name: editor, path: editor, field: editor, title: Editor }
            """);

        public ManyTags()
        {
            for (var i = 0; i < Articles; i++)
            {
                var date = new DateOnly(2023, 1, 1).AddDays(i % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                _site.Article($"a{i:D3}.txt", $"Berita {i}", date, [Own(i, 0), Own(i, 1), Own(i, 2), Shared(i)]);
            }
            var result = _site.BuildLibraryAsync().GetAwaiter().GetResult();
            Assert.Equal(0, result.ExitCode);
            Output = new BuiltSite(_site.OutputPath());
        }

        public BuiltSite Output { get; }

        public void Dispose() => _site.Dispose();
    }

    // Names that start with every letter, and some with a digit, which go after Z.
    private static string Own(int article, int k) => ((article * 3 + k) % 29) switch
    {
        26 or 27 or 28 => $"{article % 10} Fakta {article}-{k}",
        var letter => $"{(char)('A' + letter)}okoh {article}-{k}",
    };

    // Shared tag n is used by n + 1 articles or so: counts that differ, so "most used" has an order to check.
    private static string Shared(int article) => $"Topik {Math.Min(39, (int)Math.Sqrt(article * 3.2))}";

    private static IReadOnlyList<(string Name, int Count, string Url)> TermsOn(IDocument page) =>
        page.QuerySelectorAll(".term-list li a")
            .Select(a => (GeneratedArchiveTests.TermName(a), int.Parse(a.QuerySelector(".count")!.TextContent, CultureInfo.InvariantCulture), a.GetAttribute("href")!))
            .ToList();

    [Fact]
    public void The_index_lists_the_most_used_terms_first_with_their_counts()
    {
        var index = _out.Html("/tag/");
        var terms = TermsOn(index);
        Assert.Equal(100, terms.Count);
        Assert.Equal(terms.OrderByDescending(t => t.Count).Select(t => t.Count), terms.Select(t => t.Count));
        // Every tag used more than once is there, with its count; the rest are the first of the tags used once, A–Z.
        var counts = Enumerable.Range(0, Articles).GroupBy(Shared).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(counts.Where(c => c.Value > 1).Select(c => (c.Key, c.Value)).Order(), terms.Where(t => t.Count > 1).Select(t => (t.Name, t.Count)).Order());
        Assert.True(terms.Count(t => t.Count > 1) > 30);
        var once = terms.Where(t => t.Count == 1).Select(t => t.Name).ToList();
        Assert.Equal(once.Order(StringComparer.OrdinalIgnoreCase), once);
        var most = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
        Assert.Equal($"/tag/{most.ToLowerInvariant().Replace(' ', '-')}/", terms[0].Url);
    }

    [Fact]
    public void Letter_pages_list_every_term_once_alphabetically_under_its_first_letter()
    {
        var letters = _out.Html("/tag/").QuerySelectorAll("nav.letters a").Select(a => (Text: a.TextContent, Url: a.GetAttribute("href")!)).ToList();
        Assert.Equal([.. Enumerable.Range(0, 26).Select(i => ((char)('A' + i)).ToString()), "#"], letters.Select(l => l.Text));
        Assert.Equal("/tag/huruf/a/", letters[0].Url);

        var seen = new List<string>();
        foreach (var (text, url) in letters)
        {
            var pages = _out.WalkPages(_out.SitePathOf(url)).ToList();
            var names = pages.SelectMany(TermsOn).Select(t => t.Name).ToList();
            Assert.NotEmpty(names);
            Assert.All(pages, p => Assert.Equal(url, p.QuerySelector("nav.letters a[aria-current=page]")!.GetAttribute("href")));
            if (text == "#") Assert.All(names, n => Assert.True(char.IsDigit(n[0]), n));
            else Assert.All(names, n => Assert.Equal(text, n[..1].ToUpperInvariant()));
            seen.AddRange(names);
        }

        var expected = Enumerable.Range(0, Articles).SelectMany(i => new[] { Own(i, 0), Own(i, 1), Own(i, 2), Shared(i) }).Distinct().ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_page_of_the_index_is_small_and_paginated_by_its_page_size()
    {
        var paths = _out.HtmlFiles().Select(_out.SitePathOfFile).Where(p => p.StartsWith("/tag/huruf/", StringComparison.Ordinal) || p == "/tag/").ToList();
        Assert.True(paths.Count > 27, string.Join(", ", paths)); // a page per letter, and more for the large ones
        foreach (var path in paths)
        {
            var html = _out.Text(path);
            var elements = BuiltSite.Parse(html).QuerySelectorAll("*").Length;
            Assert.True(TermsOn(BuiltSite.Parse(html)).Count <= (path == "/tag/" ? 100 : 20), path);
            Assert.True(elements < 1_500, $"{path} has {elements} elements");
            Assert.True(html.Length < 100_000, $"{path} is {html.Length} characters");
        }
    }

    [Fact]
    public void A_taxonomy_with_few_terms_lists_them_all_on_one_page()
    {
        var editors = _out.Html("/editor/");
        Assert.Empty(editors.QuerySelectorAll("nav.letters"));
        Assert.Equal([("Rina Wulandari", Articles)], TermsOn(editors).Select(t => (t.Name, t.Count)));
    }
}
