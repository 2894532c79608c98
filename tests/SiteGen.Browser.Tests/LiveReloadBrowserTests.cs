using System.Diagnostics;
using Microsoft.Playwright;
using SiteGen.Engine;
using SiteGen.Tests.Serve;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

public sealed class LiveReloadBrowserTests(ITestOutputHelper output)
{
    private static readonly LocatorAssertionsToHaveTextOptions WithinThreeSeconds = new() { Timeout = 3_000 };

    [SkippableFact]
    public async Task Links_work_and_an_edit_on_disk_reloads_the_open_page_by_itself()
    {
        Chromium.RequireOrSkip();
        await using var world = await ServedSite.StartAsync(output);
        var page = world.Page;

        await page.GotoAsync(world.Server.Url.ToString());
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Berita terbaru");

        // The pager leads to the second page of the home page.
        await page.Locator("nav.pager a[href='/halaman/2/']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(world.Server.Url, "halaman/2/").ToString());
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("Halaman 2");

        // Back on the first page, the newest article's link leads to the article.
        await page.GoBackAsync();
        var articlePath = $"/2023/12/31/{RepositoryCopy.EditedSlug}/";
        await page.Locator($"main a[href='{articlePath}']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(world.Server.Url, articlePath).ToString());
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Berita Uji Nomor 00");
        await world.WaitForReloadClientAsync();

        // Nothing but the file on disk changes; the page must reload itself.
        var clock = Stopwatch.StartNew();
        world.Site.WriteGeneratedArticle(0, "Judul Baru Dari Disk");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Judul Baru Dari Disk", WithinThreeSeconds);
        output.WriteLine($"the open page showed the new title {clock.ElapsedMilliseconds} ms after the file was saved");
        Assert.Equal(new Uri(world.Server.Url, articlePath).ToString(), page.Url);
    }

    [SkippableFact]
    public async Task A_broken_template_shows_the_error_over_the_page_until_it_is_fixed()
    {
        Chromium.RequireOrSkip();
        await using var world = await ServedSite.StartAsync(output);
        var page = world.Page;
        var articlePath = $"/2023/12/31/{RepositoryCopy.EditedSlug}/";
        await page.GotoAsync(new Uri(world.Server.Url, articlePath).ToString());
        await world.WaitForReloadClientAsync();

        var template = Path.Combine(world.Site.Root, "theme", "layouts", "article.sbn");
        var good = await File.ReadAllTextAsync(template);
        RepositoryCopy.WriteAtomically(template, good.Replace("<h1>{{ article.title }}</h1>", "<h1>{{ article.title <b>oops</b></h1>"));

        var overlay = page.Locator("#sitegen-build-error");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 3_000 });
        var message = overlay.Locator("pre");
        await Assertions.Expect(message).ToContainTextAsync("theme/layouts/article.sbn");
        // The error is shown as text, exactly as the build reported it: Scriban's "<expression>" stays visible
        // rather than becoming an element (which would drop it from the text).
        var errors = world.Server.LastBuild!.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString());
        Assert.Equal(string.Join("\n", errors), await message.TextContentAsync());
        // The last good page is still underneath.
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Berita Uji Nomor 00");

        await SaveScreenshotAsync(page);

        RepositoryCopy.WriteAtomically(template, good);
        await Assertions.Expect(overlay).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 3_000 });
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Berita Uji Nomor 00");
    }

    /// <summary>
    /// Into the test output folder every run; into the repository's docs/screenshots/ only when asked
    /// (SITEGEN_UPDATE_SCREENSHOTS=1), so running the tests never changes tracked files by itself.
    /// </summary>
    private async Task SaveScreenshotAsync(IPage page)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "screenshots", "serve-error-overlay.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        output.WriteLine($"screenshot: {file}");

        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(RepositoryCopy.RepositoryRoot(), "docs", "screenshots", "serve-error-overlay.png");
            Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
            File.Copy(file, docs, overwrite: true);
            output.WriteLine($"screenshot copied to {docs}");
        }
    }
}
