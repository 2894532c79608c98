using System.Diagnostics;
using Microsoft.Playwright;
using SiteGen.Build;
using SiteGen.Cli.Serve;
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
    public async Task An_added_paragraph_shows_before_the_rebuild_ends_and_the_page_stays_when_the_rebuild_makes_it_so()
    {
        Chromium.RequireOrSkip();
        // Rebuilds after the first wait until the test lets them run, so what the page shows meanwhile is the preview.
        using var rebuildMayRun = new SemaphoreSlim(0);
        var builds = 0;
        await using var world = await ServedSite.StartAsync(output, async (options, cancellation) =>
        {
            if (Interlocked.Increment(ref builds) > 1) await rebuildMayRun.WaitAsync(cancellation);
            return await SiteBuilder.BuildAsync(options, cancellation);
        });
        try
        {
            var page = world.Page;
            var articlePath = $"/2023/12/31/{RepositoryCopy.EditedSlug}/";
            await page.GotoAsync(new Uri(world.Server.Url, articlePath).ToString());
            await world.WaitForReloadClientAsync();
            var loads = 0;
            page.Load += (_, _) => Interlocked.Increment(ref loads);

            const string added = "paragraf baru dari penulis yang sedang menyunting berita ini.";
            world.Site.WriteGeneratedArticle(0, "Berita Uji Nomor 00", added);
            await Assertions.Expect(page.Locator("main p", new PageLocatorOptions { HasText = added })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 3_000 });
            await Assertions.Expect(page.Locator("script[data-sitegen-preview]")).ToHaveCountAsync(1);
            await page.EvaluateAsync("() => { window.sitegenTestMark = 'preview'; }");

            // The rebuild makes the page as previewed: its reload event reaches the page, which stays as it is.
            using var events = await world.ConnectToEventsAsync();
            var rebuilt = world.Server.NextBuildAsync();
            rebuildMayRun.Release();
            await rebuilt;
            await events.Reader.WaitForAsync(LiveReload.Reload, TimeSpan.FromSeconds(10));
            await Task.Delay(500); // a reload the event started would have begun by now
            Assert.Equal("preview", await page.EvaluateAsync<string?>("() => window.sitegenTestMark ?? null"));
            Assert.Equal(1, loads);
        }
        finally
        {
            rebuildMayRun.Release(10);
        }
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
