using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The search page (/cari/) as a reader uses it, on a site built by <c>sitegen build</c> with the repository's
/// Pagefind and deployed under a sub-path with netlify.toml's Content-Security-Policy: the header's search box leads
/// to results, a word found in one article finds that article, a tag filter narrows results, and a result link opens
/// the article. Without JavaScript the page still offers the ways into the archive.
/// </summary>
public sealed class SearchBrowserTests(SearchableArchiveFixture fixture, ITestOutputHelper output) : IClassFixture<SearchableArchiveFixture>
{
    // Pagefind loads its UI, WebAssembly and index fragments on first use; generous, but still bounded.
    private static readonly LocatorAssertionsToHaveCountOptions SearchSettles = new() { Timeout = 10_000 };

    [SkippableFact]
    public async Task A_word_of_one_article_finds_it_first_and_a_tag_filter_narrows_the_flood_results()
    {
        Chromium.RequireOrSkip();
        PagefindTool.RequireOrSkip();
        var archive = fixture.Archive;
        // The index is in parts, one article each: every result below comes from a part the page merged.
        using (var shards = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(archive.Site.OutputPath, "pagefind", "shards.json"))))
            Assert.True(shards.RootElement.GetProperty("merge").GetArrayLength() >= 20);
        await using var browser = await BrowserSession.StartAsync(output);
        var (page, problems) = await browser.NewPageAsync();

        // The policy the test holds the page to is the deployed one, really sent.
        var home = await page.GotoAsync(archive.Server.Url());
        Assert.NotNull(home);
        var policy = archive.Headers.Value("/", "Content-Security-Policy");
        Assert.False(string.IsNullOrEmpty(policy));
        Assert.Equal(policy, await home.HeaderValueAsync("content-security-policy"));

        // The header's search box is a plain form: it sends q to the search page, under the sub-path.
        await page.Locator("#cari-q").FillAsync(SearchCorpus.UniqueWord);
        await page.Locator("#cari-q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(archive.Server.Url($"cari/?q={SearchCorpus.UniqueWord}"));
        var searchBox = page.Locator("#pencarian .pagefind-ui__search-input");
        await Expect(searchBox).ToHaveValueAsync(SearchCorpus.UniqueWord);

        // The word is in one article's body only: that article is the one result, linked under the sub-path.
        var results = page.Locator("#pencarian .pagefind-ui__result");
        await Expect(results).ToHaveCountAsync(1, SearchSettles);
        var first = results.First.Locator(".pagefind-ui__result-link");
        await Expect(first).ToHaveTextAsync(SearchCorpus.Lumpia.Title);
        Assert.StartsWith($"{ServedArchive.BasePath}2024/03/28/", await first.GetAttributeAsync("href"));

        // Two articles mention floods; the results name exactly those two.
        await searchBox.FillAsync(SearchCorpus.FloodWord);
        await Expect(results).ToHaveCountAsync(2, SearchSettles);
        // Pagefind's UI adds a result's box before it has loaded the fragment with its link: wait for both links.
        var links = results.Locator(".pagefind-ui__result-link");
        await Expect(links).ToHaveCountAsync(2, SearchSettles);
        var titles = await links.AllTextContentsAsync();
        Assert.Equal([SearchCorpus.Banjir.Title, SearchCorpus.Citarum.Title], titles.Order(StringComparer.Ordinal));

        // A reader opens the tag filter and ticks the tag only one of them has (its label also shows a count).
        var tagFilter = page.Locator("#pencarian details.pagefind-ui__filter-block", new() { Has = page.GetByText("Tag", new() { Exact = true }) });
        await tagFilter.Locator("summary").ClickAsync();
        await tagFilter.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($@"^{SearchCorpus.NarrowingTag}\b") }).CheckAsync();
        await Expect(results).ToHaveCountAsync(1, SearchSettles);
        var remaining = results.First.Locator(".pagefind-ui__result-link");
        await Expect(remaining).ToHaveTextAsync(SearchCorpus.Banjir.Title);

        // The result leads to the article, under the sub-path.
        var href = await remaining.GetAttributeAsync("href");
        Assert.StartsWith($"{ServedArchive.BasePath}2024/02/10/", href);
        await remaining.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(archive.Server.BaseUrl, href).ToString());
        await Expect(page.Locator("main h1")).ToHaveTextAsync(SearchCorpus.Banjir.Title);

        Assert.Empty(problems.All);
    }

    [SkippableFact]
    public async Task Without_JavaScript_the_search_page_leads_to_the_archive_and_the_tag_index()
    {
        Chromium.RequireOrSkip();
        PagefindTool.RequireOrSkip();
        var archive = fixture.Archive;
        await using var browser = await BrowserSession.StartAsync(output);
        var (page, problems) = await browser.NewPageAsync(javaScript: false);

        await page.GotoAsync(archive.Server.Url($"cari/?q={SearchCorpus.FloodWord}"));
        // The note is inside <noscript>, whose text Playwright's text selectors skip: find it by its class instead.
        var note = page.Locator("noscript .search-note");
        await Expect(note).ToBeVisibleAsync();
        await Expect(note).ToContainTextAsync("memerlukan JavaScript");
        // Pagefind's UI never started, so nothing pretends to be a search box that cannot search.
        await Expect(page.Locator("#pencarian *")).ToHaveCountAsync(0);

        var browse = page.Locator(".search-browse");
        await Expect(browse).ToBeVisibleAsync();
        var months = browse.GetByRole(AriaRole.Link, new() { Name = "Arsip per bulan", Exact = true });
        var tags = browse.GetByRole(AriaRole.Link, new() { Name = "Tag", Exact = true });
        await Expect(months).ToHaveAttributeAsync("href", $"{ServedArchive.BasePath}arsip/");
        await Expect(tags).ToHaveAttributeAsync("href", $"{ServedArchive.BasePath}tag/");

        // Both lead somewhere real: the tag index lists the flood tag, the archive the corpus's year.
        await tags.ClickAsync();
        await Expect(page).ToHaveURLAsync(archive.Server.Url("tag/"));
        await Expect(page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Banjir") })).ToHaveAttributeAsync("href", $"{ServedArchive.BasePath}tag/banjir/");
        await page.GoBackAsync();
        await months.ClickAsync();
        await Expect(page).ToHaveURLAsync(archive.Server.Url("arsip/"));
        await Expect(page.Locator($"main a[href='{ServedArchive.BasePath}arsip/2024/']")).ToHaveCountAsync(1);

        Assert.Empty(problems.All);
    }
}
