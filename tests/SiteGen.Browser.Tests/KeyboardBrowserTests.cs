using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Browser.Tests;

/// <summary>
/// Keyboard and screen-reader basics of the default theme on a built site (home, an article, a tag page): the skip
/// link comes first and works, every link and the search box are reached by Tab in document order with a focus ring
/// that can be seen, the landmarks and the page language are there, the pager marks the current page, and an article
/// exposes exactly one level-1 heading: its title.
/// </summary>
public sealed partial class KeyboardBrowserTests(ArchiveFixture fixture, ITestOutputHelper output) : IClassFixture<ArchiveFixture>
{
    private const string SkipLinkText = "Langsung ke isi";

    [SkippableFact]
    public async Task Home_page_keyboard_order_landmarks_and_the_pagers_current_page()
    {
        Chromium.RequireOrSkip();
        await using var browser = await BrowserSession.StartAsync(output);
        var (page, problems) = await browser.NewPageAsync();
        await page.GotoAsync(fixture.Archive.Server.Url());

        await AssertTabOrderAndVisibleFocusAsync(page);
        await AssertSkipLinkMovesFocusToMainAsync(page);
        await AssertLandmarksAndLanguageAsync(page);

        // The pager says which page is shown, in a way screen readers announce ("current page").
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Halaman", Exact = true });
        await Expect(pager.Locator("[aria-current]")).ToHaveCountAsync(1);
        await Expect(pager.Locator("a[aria-current='page']")).ToHaveTextAsync("1");
        await pager.GetByRole(AriaRole.Link, new() { Name = "2", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(fixture.Archive.Server.Url("halaman/2/"));
        await Expect(pager.Locator("[aria-current]")).ToHaveCountAsync(1);
        await Expect(pager.Locator("a[aria-current='page']")).ToHaveTextAsync("2");

        Assert.Empty(problems.All);
    }

    [SkippableFact]
    public async Task Article_page_keyboard_order_landmarks_and_one_level_one_heading_with_the_title()
    {
        Chromium.RequireOrSkip();
        await using var browser = await BrowserSession.StartAsync(output);
        var (page, problems) = await browser.NewPageAsync();
        await page.GotoAsync(fixture.Archive.Server.Url());
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = SearchCorpus.Banjir.Title, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/2024/02/10/"));

        await AssertTabOrderAndVisibleFocusAsync(page);
        await AssertSkipLinkMovesFocusToMainAsync(page);
        await AssertLandmarksAndLanguageAsync(page);

        // What a screen reader gets: the accessibility tree (as Playwright's ARIA snapshot) has one level-1 heading,
        // and it is the article's title.
        var tree = await page.Locator("body").AriaSnapshotAsync();
        var levelOne = LevelOneHeading().Matches(tree).Select(m => m.Groups["name"].Value).ToList();
        Assert.Equal([SearchCorpus.Banjir.Title], levelOne);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveAccessibleNameAsync(SearchCorpus.Banjir.Title);

        Assert.Empty(problems.All);
    }

    [SkippableFact]
    public async Task Tag_page_keyboard_order_and_landmarks()
    {
        Chromium.RequireOrSkip();
        await using var browser = await BrowserSession.StartAsync(output);
        var (page, problems) = await browser.NewPageAsync();
        await page.GotoAsync(fixture.Archive.Server.Url("tag/banjir/"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);

        await AssertTabOrderAndVisibleFocusAsync(page);
        await AssertSkipLinkMovesFocusToMainAsync(page);
        await AssertLandmarksAndLanguageAsync(page);

        Assert.Empty(problems.All);
    }

    /// <summary>
    /// From a freshly loaded page, Tab visits every focusable element once, in document order, starting with the skip
    /// link, and each one shows a focus ring on screen.
    /// </summary>
    private async Task AssertTabOrderAndVisibleFocusAsync(IPage page)
    {
        var expected = await TabWalk.FocusableInDocumentOrderAsync(page);
        Assert.True(expected.Count > 5, $"the page has only {expected.Count} focusable elements");
        Assert.Contains(expected, e => e.StartsWith("<input#cari-q search>", StringComparison.Ordinal));

        var stops = await TabWalk.WalkAsync(page, expected.Count);
        foreach (var stop in stops) output.WriteLine($"{stop.Index,3} {stop.Outline,-12} {(stop.IsVisible ? "" : "NOT VISIBLE ")}{stop.Element}");

        Assert.StartsWith($"<a #isi> {SkipLinkText}", stops[0].Element);
        Assert.Equal(Enumerable.Range(0, expected.Count), stops.Select(s => s.Index));
        var unseen = stops.Where(s => !s.IsVisible).Select(s => $"{s.Element} (outline {s.Outline}, focus-visible {s.FocusVisible}, on screen {s.OnScreen})").ToList();
        Assert.True(unseen.Count == 0, "focus cannot be seen on:\n" + string.Join('\n', unseen));
    }

    /// <summary>The first Tab lands on the skip link; Enter on it moves focus to main#isi, and the next Tab into the content.</summary>
    private static async Task AssertSkipLinkMovesFocusToMainAsync(IPage page)
    {
        await page.ReloadAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = SkipLinkText, Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        var main = page.Locator("main#isi");
        await Expect(main).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main#isi').contains(document.activeElement)"),
            "the Tab after the skip link left the main content");
    }

    /// <summary>The landmarks a screen reader lists (one banner, named navigation, one main, one contentinfo) and lang="id".</summary>
    private static async Task AssertLandmarksAndLanguageAsync(IPage page)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Contentinfo)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama", Exact = true })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Search)).ToHaveCountAsync(1);

        // Several navigation landmarks are told apart only by their names, so every one needs one.
        var tree = await page.Locator("body").AriaSnapshotAsync();
        var unnamed = UnnamedNavigation().Matches(tree).Select(m => m.Value.Trim()).ToList();
        Assert.True(unnamed.Count == 0, "navigation without a name:\n" + string.Join('\n', unnamed));
    }

    [GeneratedRegex("""^\s*- heading "(?<name>(?:[^"\\]|\\.)*)" \[level=1\]""", RegexOptions.Multiline)]
    private static partial Regex LevelOneHeading();

    [GeneratedRegex("""^\s*- navigation(?! ").*$""", RegexOptions.Multiline)]
    private static partial Regex UnnamedNavigation();
}
