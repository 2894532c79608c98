using SiteGen.Language;
using System.Collections.Concurrent;
using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>
/// The archive a reader browses, checked on a generated site of a few thousand articles against what the generator
/// wrote: every article where it belongs and nowhere else, counts that match, lists that page cleanly, links that work.
/// </summary>
public sealed class GeneratedArchiveTests(GeneratedArchive archive) : IClassFixture<GeneratedArchive>
{
    private const int PageSize = 20;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private BuiltSite Out => archive.Output;

    [Fact]
    public void The_build_warns_only_about_the_tag_whose_slug_collides()
    {
        Assert.Equal(0, archive.Result.ExitCode);
        // Undated articles are announced one by one (the metadata issue); everything else must be the one collision.
        var undated = archive.Result.Diagnostics.Where(d => d.Message.StartsWith("no date found", StringComparison.Ordinal)).ToList();
        Assert.Equal(archive.Articles.Where(a => a.Date is null).Select(a => "seeds/" + a.FileName).Order(StringComparer.Ordinal),
            undated.Select(d => d.File).Order(StringComparer.Ordinal));
        var warning = Assert.Single(archive.Result.Diagnostics.Except(undated));
        Assert.Contains("'Timur-Tengah'", warning.Message);
        Assert.Contains("/tag/timur-tengah-2/", warning.Message);
    }

    [Fact]
    public void Home_lists_every_article_newest_first_with_ties_by_file_and_undated_last()
    {
        var pages = Out.WalkList("/");
        var expected = archive.Articles
            .OrderBy(a => a.Date is null)
            .ThenByDescending(a => a.Date)
            .ThenBy(a => a.FileName, StringComparer.Ordinal)
            .Select(a => a.Title);
        Assert.Equal(expected, pages.SelectMany(p => p.Items).Select(i => i.Title));
        Assert.All(pages.SkipLast(1), p => Assert.Equal(PageSize, p.Items.Count));
    }

    [Fact]
    public void Home_pager_numbers_pages_marks_the_current_one_and_links_previous_and_next()
    {
        var total = Out.WalkList("/").Count;
        var first = Out.Html("/").QuerySelector("nav.pager")!;
        Assert.Equal("1", first.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.Contains(first.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/halaman/{total}/" && a.TextContent == total.ToString(Invariant));
        Assert.Equal("/halaman/2/", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var fifth = Out.Html("/halaman/5/");
        Assert.Equal("5", fifth.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);
        Assert.Equal("/halaman/4/", fifth.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/halaman/6/", fifth.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("http://localhost/halaman/5/", fifth.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/", Out.Html("/halaman/2/").QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        // A window of numbers, not all of them: a 2,500-page list would otherwise repeat 2,500 links on every page.
        Assert.True(fifth.QuerySelectorAll("nav.pager a").Length < 12);
    }

    [Fact]
    public void Every_dated_article_is_listed_once_on_the_page_of_its_month_and_undated_ones_on_theirs()
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (yearPath, _) in Periods("/arsip/"))
            foreach (var (monthPath, _) in Periods(yearPath))
                foreach (var page in Out.WalkList(monthPath))
                    foreach (var item in page.Items) Add(found, item.Title, monthPath);

        foreach (var a in archive.Dated)
            Assert.Equal([MonthPath(a.Date!.Value)], found[a.Title]);
        Assert.Equal(archive.Dated.Count(), found.Count);

        var undated = Out.WalkList("/arsip/tanpa-tanggal/").SelectMany(p => p.Items).Select(i => i.Title);
        Assert.Equal(archive.Articles.Where(a => a.Date is null).Select(a => a.Title).Order(StringComparer.Ordinal), undated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Year_and_month_counts_equal_the_articles_their_pages_list()
    {
        var expectedYears = archive.Dated.GroupBy(a => a.Date!.Value.Year).OrderByDescending(g => g.Key)
            .Select(g => ($"/arsip/{g.Key.ToString(Invariant)}/", g.Count()));
        Assert.Equal(expectedYears, Periods("/arsip/"));

        foreach (var (yearPath, yearCount) in Periods("/arsip/"))
        {
            var listed = 0;
            foreach (var (monthPath, monthCount) in Periods(yearPath))
            {
                var count = Out.WalkList(monthPath).Sum(p => p.Items.Count);
                Assert.Equal(monthCount, count);
                listed += count;
            }
            Assert.Equal(yearCount, listed);
        }

        var undated = Out.Html("/arsip/").QuerySelector(".undated")!;
        Assert.Equal(archive.Articles.Count(a => a.Date is null), CountOf(undated));
    }

    [Fact]
    public void Month_names_are_Indonesian_although_the_build_ran_under_en_US()
    {
        var months = Out.Html("/arsip/2020/").QuerySelectorAll(".period-list a").Select(a => a.TextContent);
        Assert.Equal(["Desember", "November", "Oktober", "September", "Agustus", "Juli", "Juni", "Mei", "April", "Maret", "Februari", "Januari"], months);
        Assert.Equal("Juli 2020", Out.Html("/arsip/2020/07/").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Every_article_is_on_the_pages_of_its_tags_and_on_no_other_tag_page()
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var term in Terms("/tag/"))
        {
            var items = Out.WalkList(term.Path).SelectMany(p => p.Items).ToList();
            Assert.Equal(term.Count, items.Count);
            foreach (var item in items) Add(found, item.Title, term.Path.Split('/')[2]);
        }
        foreach (var a in archive.Articles)
            Assert.Equal(GeneratedCorpus.TagSlugsOf(a).Order(StringComparer.Ordinal), found[a.Title].Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("rubrik")]
    [InlineData("lokasi")]
    [InlineData("editor")]
    public void Single_valued_taxonomies_list_each_article_once_under_its_own_value(string taxonomy)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in Terms($"/{taxonomy}/"))
        {
            var items = Out.WalkList(term.Path).SelectMany(p => p.Items).ToList();
            Assert.Equal(term.Count, items.Count);
            foreach (var item in items) found.Add(item.Title, term.Name);
        }
        foreach (var a in archive.Articles)
        {
            // The dateline's place as a reader writes it (JAKARTA is listed as Jakarta).
            var value = taxonomy switch { "rubrik" => a.Section, "lokasi" => ProperNames.Place(a.City!), _ => a.Editor };
            Assert.Equal(value, found[a.Title]);
        }
    }

    [Fact]
    public void Tag_index_is_alphabetical_folds_spellings_and_highlights_the_ten_most_used()
    {
        var terms = Terms("/tag/");
        var names = terms.Select(t => t.Name).ToList();
        Assert.Equal(names.OrderBy(n => n.ToLowerInvariant(), StringComparer.Ordinal), names);
        Assert.Single(names, n => n.Equals("Korea Utara", StringComparison.OrdinalIgnoreCase) || n == "Koréa Utara");
        Assert.Equal("/tag/timur-tengah-2/", terms.Single(t => t.Name == "Timur-Tengah").Path);
        Assert.Equal("/tag/timur-tengah/", terms.Single(t => t.Name == "Timur Tengah").Path);

        var popular = terms.Where(t => t.Popular).ToList();
        Assert.Equal(10, popular.Count);
        Assert.True(popular.Min(t => t.Count) >= terms.Where(t => !t.Popular).Max(t => t.Count));
    }

    [Fact]
    public void Every_list_is_paginated_without_empty_pages_gaps_or_duplicates()
    {
        var lists = new List<(string Folder, int PageSize)> { ("/", PageSize), ("/arsip/tanpa-tanggal/", PageSize) };
        foreach (var taxonomy in new[] { "tag", "rubrik", "lokasi", "editor" })
            lists.AddRange(Terms($"/{taxonomy}/").Select(t => (t.Path, taxonomy == "editor" ? GeneratedArchive.EditorPageSize : PageSize)));
        foreach (var (yearPath, _) in Periods("/arsip/"))
            lists.AddRange(Periods(yearPath).Select(m => (m.Path, PageSize)));

        foreach (var (folder, size) in lists)
        {
            var pages = Out.WalkList(folder);
            for (var n = 0; n < pages.Count; n++)
            {
                Assert.Equal(n == 0 ? folder : $"{folder}halaman/{(n + 1).ToString(Invariant)}/", pages[n].Path);
                Assert.NotEmpty(pages[n].Items);
                if (n < pages.Count - 1) Assert.Equal(size, pages[n].Items.Count);
            }
            var urls = pages.SelectMany(p => p.Items).Select(i => i.Url).ToList();
            Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
            Assert.False(Out.Exists($"{folder}halaman/{(pages.Count + 1).ToString(Invariant)}/"), $"{folder} has a page after its last");
        }
        Assert.DoesNotContain(Out.AllFiles(), f => f.StartsWith("halaman/1/", StringComparison.Ordinal) || f.Contains("/halaman/1/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_page_of_over_a_thousand_articles_is_not_cut_short()
    {
        foreach (var term in Terms("/editor/"))
        {
            var page = Assert.Single(Out.WalkList(term.Path));
            Assert.True(page.Items.Count > 1000, $"{term.Path} lists {page.Items.Count}");
            Assert.Equal(archive.Articles.Count(a => a.Editor == term.Name), page.Items.Count);
            Assert.EndsWith("</html>", Out.Text(term.Path).TrimEnd());
        }
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_written_file() => Assert.Empty(LinkCheck.BrokenLinks(Out));

    [Fact]
    public void Sitemap_lists_every_page_once_dated_by_its_articles()
    {
        var urls = LinkCheck.SitemapUrls(Out);
        var lastmod = urls.ToDictionary(u => Out.SitePathOf(u.Loc), u => u.LastMod, StringComparer.Ordinal);
        Assert.Equal(urls.Count, lastmod.Count);
        var pages = Out.HtmlFiles().Select(Out.SitePathOfFile).Where(p => p != "/404.html");
        Assert.Equal(pages.Order(StringComparer.Ordinal), lastmod.Keys.Order(StringComparer.Ordinal));
        Assert.True(urls.Count > GeneratedArchive.Count + 500, $"only {urls.Count} URLs");

        foreach (var (title, url) in Out.WalkList("/").SelectMany(p => p.Items))
            Assert.Equal(Day(archive.ByTitle[title].Date), lastmod[Out.SitePathOf(url)]);
        Assert.Equal(Day(archive.Dated.Max(a => a.Date)), lastmod["/"]);
        Assert.Equal(Day(archive.Dated.Max(a => a.Date)), lastmod["/halaman/3/"]);
        Assert.Equal(Day(archive.Dated.Where(a => GeneratedCorpus.TagSlugsOf(a).Contains("korea-utara")).Max(a => a.Date)), lastmod["/tag/korea-utara/"]);
        Assert.Equal(Day(archive.Dated.Where(a => a.Date!.Value.Year == 2019).Max(a => a.Date)), lastmod["/arsip/2019/"]);
        Assert.Null(lastmod["/arsip/tanpa-tanggal/"]);

        Assert.Equal("User-agent: *\nDisallow:\n\nSitemap: http://localhost/sitemap.xml\n", File.ReadAllText(Path.Combine(Out.Folder, "robots.txt")));
    }

    [Fact]
    public void Every_page_has_one_h1_a_title_unique_ids_labelled_navigation_and_a_canonical_url()
    {
        var problems = new ConcurrentBag<string>();
        Parallel.ForEach(Out.HtmlFiles(), file =>
        {
            var path = Out.SitePathOfFile(file);
            var doc = BuiltSite.Parse(File.ReadAllText(file));
            if (doc.QuerySelectorAll("h1").Length != 1) problems.Add($"{path}: {doc.QuerySelectorAll("h1").Length} h1");
            if (string.IsNullOrWhiteSpace(doc.Title)) problems.Add($"{path}: no title");
            foreach (var id in doc.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1)) problems.Add($"{path}: duplicate id {id.Key}");
            foreach (var nav in doc.QuerySelectorAll("nav:not([aria-label])")) problems.Add($"{path}: nav without aria-label");
            if (doc.QuerySelector("nav.pager") is { } pager && pager.QuerySelectorAll("[aria-current=page]").Length != 1) problems.Add($"{path}: pager without one current page");
            if (path == "/404.html") return;
            if (doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") != Out.Origin + Out.Link(path)) problems.Add($"{path}: canonical is not its own URL");
            var isList = path.StartsWith("/tag/", StringComparison.Ordinal) || path.StartsWith("/rubrik/", StringComparison.Ordinal)
                || path.StartsWith("/lokasi/", StringComparison.Ordinal) || path.StartsWith("/editor/", StringComparison.Ordinal)
                || path.StartsWith("/arsip/", StringComparison.Ordinal) || path.StartsWith("/halaman/", StringComparison.Ordinal);
            if (isList && doc.QuerySelector("nav.breadcrumbs [aria-current=page]") is null) problems.Add($"{path}: no breadcrumb ending at the page");
        });
        Assert.Empty(problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Site_feed_is_Atom_with_the_newest_fifty_dated_articles()
    {
        var feed = LoadFeed("/feed.xml");
        var expected = archive.Dated.OrderByDescending(a => a.Date).ThenBy(a => a.FileName, StringComparer.Ordinal).Take(50).ToList();
        var items = feed.Items.ToList();
        Assert.Equal(expected.Select(a => a.Title), items.Select(i => i.Title.Text));
        Assert.Equal(Instant(expected[0].Date!.Value), feed.LastUpdatedTime);
        Assert.Equal("http://localhost/feed.xml", feed.Id);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal(Instant(expected[i].Date!.Value), items[i].LastUpdatedTime);
            Assert.Equal(expected[i].Editor, Assert.Single(items[i].Authors).Name);
            Assert.StartsWith($"tag:localhost,{Day(expected[i].Date)}:/", items[i].Id);
            Assert.StartsWith("Berita tentang ", items[i].Summary.Text);
            Assert.True(File.Exists(Out.FileOf(Assert.Single(items[i].Links).Uri.ToString())));
        }
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Each_tag_has_a_feed_of_its_newest_articles_advertised_on_its_pages()
    {
        foreach (var term in Terms("/tag/"))
        {
            var feedLink = Out.Link(term.Path + "feed.xml");
            var alternates = Out.Html(term.Path).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href"));
            Assert.Contains(feedLink, alternates);

            var expected = Out.WalkList(term.Path).SelectMany(p => p.Items).Where(i => archive.ByTitle[i.Title].Date is not null).Take(50).Select(i => i.Title);
            var feed = LoadFeed(term.Path + "feed.xml");
            Assert.Equal(expected, feed.Items.Select(i => i.Title.Text));
            Assert.All(feed.Items, i => Assert.Contains(i.Categories, c => c.Name == term.Name));
        }
    }

    [Fact]
    public void Article_pages_link_previous_and_next_in_date_order()
    {
        var order = Out.WalkList("/").SelectMany(p => p.Items).ToList();
        var dated = order.Where(i => archive.ByTitle[i.Title].Date is not null).ToList();
        for (var k = 0; k < dated.Count; k += k < 5 || k > dated.Count - 5 ? 1 : 37)
        {
            var doc = Out.Html(Out.SitePathOf(dated[k].Url));
            Assert.Equal(k + 1 < dated.Count ? dated[k + 1].Url : null, doc.QuerySelector(".prev-next a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(k > 0 ? dated[k - 1].Url : null, doc.QuerySelector(".prev-next a[rel=next]")?.GetAttribute("href"));
        }
        var undated = Out.Html(Out.SitePathOf(order[^1].Url));
        Assert.Null(undated.QuerySelector(".prev-next"));
    }

    [Fact]
    public void Article_pages_link_their_terms_and_up_to_five_related_articles_sharing_a_tag()
    {
        foreach (var (title, url) in Out.WalkList("/").SelectMany(p => p.Items).Where((_, i) => i % 41 == 0))
        {
            var a = archive.ByTitle[title];
            var doc = Out.Html(Out.SitePathOf(url));
            var tagLinks = doc.QuerySelectorAll(".tags a[rel=tag]").Select(l => l.GetAttribute("href")!.Split('/')[2]);
            Assert.Equal(GeneratedCorpus.TagSlugsOf(a).Order(StringComparer.Ordinal), tagLinks.Order(StringComparer.Ordinal));
            Assert.Equal(a.Section, doc.QuerySelector(".section a")!.TextContent);
            Assert.Equal(a.Editor, doc.QuerySelector(".editor a")!.TextContent);
            Assert.Equal(ProperNames.Place(a.City!), doc.QuerySelector(".meta a")!.TextContent);

            var related = doc.QuerySelectorAll(".related li > a").Select(l => archive.ByTitle[l.TextContent]).ToList();
            Assert.Equal(5, related.Count); // every tag of this corpus has more than five articles
            Assert.DoesNotContain(a, related);
            Assert.All(related, r => Assert.True(GeneratedCorpus.TagSlugsOf(r).Overlaps(GeneratedCorpus.TagSlugsOf(a)), $"{r.Title} shares no tag with {a.Title}"));
        }
    }

    private SyndicationFeed LoadFeed(string sitePath)
    {
        using var reader = XmlReader.Create(Out.FileOf(Out.Link(sitePath))!);
        return SyndicationFeed.Load(reader);
    }

    /// <summary>The (path, count) links of an archive page's period list.</summary>
    private List<(string Path, int Count)> Periods(string sitePath) =>
        Out.Html(sitePath).QuerySelectorAll(".period-list li")
            .Select(li => (Out.SitePathOf(li.QuerySelector("a")!.GetAttribute("href")!), CountOf(li)))
            .ToList();

    /// <summary>
    /// Every term of a taxonomy's index as a reader finds them: the index page itself, or, when it has a letter bar,
    /// each letter's pages (following rel=next), A–Z.
    /// </summary>
    private List<(string Path, int Count, string Name, bool Popular)> Terms(string sitePath)
    {
        var index = Out.Html(sitePath);
        var letters = index.QuerySelectorAll("nav.letters a").Select(a => Out.SitePathOf(a.GetAttribute("href")!)).ToList();
        if (letters.Count == 0) return TermsOn(index);
        return letters.SelectMany(l => Out.WalkPages(l)).SelectMany(TermsOn).ToList();
    }

    private List<(string Path, int Count, string Name, bool Popular)> TermsOn(IDocument page) =>
        page.QuerySelectorAll(".term-list li")
            .Select(li =>
            {
                var a = li.QuerySelector("a")!;
                return (Out.SitePathOf(a.GetAttribute("href")!), CountOf(li), TermName(a), li.ClassList.Contains("popular"));
            })
            .ToList();

    /// <summary>The name a term link shows, without the count beside it.</summary>
    public static string TermName(IElement link) =>
        string.Concat(link.ChildNodes.Where(n => n is not IElement e || !e.ClassList.Contains("count")).Select(n => n.TextContent)).Trim();

    private static int CountOf(IElement element) => int.Parse(element.QuerySelector(".count")!.TextContent.Trim('(', ')', ' '), Invariant);

    private static string MonthPath(DateOnly d) => $"/arsip/{d.ToString("yyyy", Invariant)}/{d.ToString("MM", Invariant)}/";

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", Invariant);

    private static DateTimeOffset Instant(DateOnly d) => new(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
