using SiteGen.Build;
using SiteGen.Incremental;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// A build that reuses the cache and the previous output must give exactly what a clean build of the same inputs
/// gives: every edit below is followed by an incremental build into the old output and a clean build (no cache) into a
/// new folder, and the two folders are compared byte for byte.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempSite _site = new(copyInput: true, copyTheme: true, copySeed: true);

    public IncrementalBuildTests() => GeneratedCorpus.Write(_site.Seeds, 40);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ASecondBuildWithNothingChangedWritesNothingAndKeepsEveryFile()
    {
        var first = await Build();
        var stamps = Stamps(_site.Output);
        var second = await Build();

        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(first.FilesWritten, second.FilesUnchanged);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(stamps, Stamps(_site.Output));
    }

    [Fact]
    public async Task EditsGiveTheSameSiteAsACleanBuild()
    {
        await Build();
        var seeds = Directory.GetFiles(_site.Seeds, "gen_*.txt").Order(StringComparer.Ordinal).ToArray();

        // Edit one article's body text.
        File.AppendAllText(seeds[3], "Paragraf tambahan yang baru ditulis.\n");
        await AssertSameAsClean();

        // Edit a title (moves its URL) and a date (moves it in the archive).
        File.WriteAllText(seeds[5], File.ReadAllText(seeds[5]).Replace("Laporan 5:", "Laporan baru lima:"));
        File.WriteAllText(seeds[6], File.ReadAllText(seeds[6]).Replace("date: 20", "date: 19"));
        await AssertSameAsClean();

        // Add, rename and delete articles.
        _site.Article("gen_new.txt", "Artikel baru", "2023-12-30", ["Rusia", "Jakarta"]);
        File.Move(seeds[7], Path.Combine(_site.Seeds, "gen_renamed.txt"));
        File.Delete(seeds[8]);
        await AssertSameAsClean();

        // Change a template and the settings.
        var footer = Path.Combine(_site.Root, "theme", "partials", "footer.sbn");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("Umpan Atom", "Umpan berita"));
        await AssertSameAsClean();
        var settings = Path.Combine(_site.Root, "input", "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("pageSize: 20", "pageSize: 7"));
        await AssertSameAsClean();
    }

    [Fact]
    public async Task ASectionsFirstArticlePutsItInTheMenuOfEveryPageKeptOtherwise()
    {
        await Build();
        var about = Path.Combine(_site.Output, "tentang", "index.html");
        Assert.DoesNotContain("/rubrik/religi/", File.ReadAllText(about));

        _site.Article("gen_religi.txt", "Jamaah Umrah Berangkat", "2023-12-30", ["Umrah"], section: "Religi");
        await AssertSameAsClean();
        Assert.Contains("href=\"/rubrik/religi/\"", File.ReadAllText(about));
    }

    /// <summary>
    /// A build reuses each undeclared article's section from the last build while the classifier is the same
    /// (SectionMemory); an article that teaches the classifier changing, or the article's own words changing, must
    /// classify it again. Two articles declare "Kuliner", one fewer than a label needs to become a section the
    /// classifier may choose; a third makes it one, and an article that declares nothing and writes of food must move
    /// into it, as in a clean build.
    /// </summary>
    [Fact]
    public async Task ASectionTheClassifierLearnsOrAnArticlesNewWordsClassifyItAgainAsACleanBuildDoes()
    {
        _site.Article("gen_kuliner_1.txt", Kuliner("Rendang Padang", "Kuliner"));
        _site.Article("gen_kuliner_2.txt", Kuliner("Sate Madura", "Kuliner"));
        _site.Article("gen_makan.txt", Kuliner("Gudeg Jogja", section: null));
        await AssertSameAsClean();
        var kuliner = Path.Combine(_site.Output, "rubrik", "kuliner", "index.html");
        Assert.DoesNotContain("Gudeg Jogja", File.ReadAllText(kuliner));

        _site.Article("gen_kuliner_3.txt", Kuliner("Soto Betawi", "Kuliner"));
        await AssertSameAsClean();
        Assert.Contains("Gudeg Jogja", File.ReadAllText(kuliner));

        // The classifier is the same; the article's words are not.
        _site.Article("gen_makan.txt", Football("Gudeg Jogja", section: null));
        await AssertSameAsClean();
        Assert.DoesNotContain("Gudeg Jogja", File.ReadAllText(kuliner));
        _site.Article("gen_makan.txt", Kuliner("Gudeg Jogja", section: null));
        await AssertSameAsClean();
        Assert.Contains("Gudeg Jogja", File.ReadAllText(kuliner));

        // The sections are the same; what the articles that teach one say is not.
        _site.Article("gen_kuliner_1.txt", Football("Rendang Padang", "Kuliner"));
        _site.Article("gen_kuliner_2.txt", Football("Sate Madura", "Kuliner"));
        _site.Article("gen_kuliner_3.txt", Football("Soto Betawi", "Kuliner"));
        await AssertSameAsClean();
        Assert.DoesNotContain("Gudeg Jogja", File.ReadAllText(kuliner));

        // A teaching article leaves the label: the classifier loses the section.
        _site.Article("gen_kuliner_1.txt", Kuliner("Rendang Padang", "Kuliner"));
        _site.Article("gen_kuliner_2.txt", Kuliner("Sate Madura", "Kuliner"));
        _site.Article("gen_kuliner_3.txt", Kuliner("Soto Betawi", "Ekonomi"));
        await AssertSameAsClean();
        Assert.DoesNotContain("Gudeg Jogja", File.ReadAllText(kuliner));
    }

    private static string Football(string title, string? section) =>
        (section is null ? "" : $"---\nsection: {section}\n---\n")
        + $"{title} Menang 3-1\nJAKARTA, iNews.id - Timnas menang 3-1 atas lawannya di stadion; pelatih memuji striker, gol kedua lahir dari tendangan bebas.\n"
        + "Kiper lawan tak berdaya di laga liga itu, dan pemain cadangan mencetak gol ketiga pada menit akhir pertandingan sepak bola.\n";

    private static string Kuliner(string dish, string? section) =>
        (section is null ? "" : $"---\nsection: {section}\n---\n")
        + $"Resep {dish} yang Gurih\nJAKARTA, iNews.id - Resep {dish}: bumbu rempah, santan dan cabai dimasak perlahan di dapur sampai kuahnya kental dan gurih.\n"
        + "Koki restoran itu menyajikan hidangan dengan nasi hangat, sambal dan kerupuk; rasa masakan tradisional ini digemari wisatawan kuliner.\n"
        + "Resep turun-temurun, bumbu dihaluskan, daging direbus, santan diaduk agar tidak pecah, lalu hidangan disajikan hangat.\n";

    [Fact]
    public async Task AFileChangedInTheOutputIsPutBack()
    {
        await Build();
        var page = Path.Combine(_site.Output, "index.html");
        File.WriteAllText(page, "tampered");
        File.WriteAllText(Path.Combine(_site.Output, "stray.txt"), "not ours");
        await AssertSameAsClean();
    }

    [Fact]
    public async Task APageEditedByHandIsPutBackByTheNextBuildThatWouldKeepIt()
    {
        await Build();
        var seed = Directory.GetFiles(_site.Seeds, "gen_*.txt").Order(StringComparer.Ordinal).First();
        // Another article's page that an edit to this one leaves to be kept: only its own stamp can say it was changed.
        var before = Stamps(_site.Output);
        File.AppendAllText(seed, "Tambahan.\n");
        await Build();
        var after = Stamps(_site.Output);
        var kept = before.Keys.First(p => p.Count(c => c == '/') == 4 && p.EndsWith("index.html", StringComparison.Ordinal) && after[p] == before[p]);
        var page = Path.Combine(_site.Output, kept);

        File.WriteAllText(page, "tampered");
        File.AppendAllText(seed, "Tambahan lagi.\n");
        await AssertSameAsClean();

        // And with no input changed, where the build would otherwise say again what the last one said.
        File.WriteAllText(page, "tampered again");
        await AssertSameAsClean();
        Assert.DoesNotContain("tampered", File.ReadAllText(page));
    }

    [Fact]
    public async Task FilesAddedByHandAreFoundOnceFolderStampsAreTrusted()
    {
        await Build();
        var seed = Directory.GetFiles(_site.Seeds, "gen_*.txt").Order(StringComparer.Ordinal).First();
        // Stamps taken just after a folder changed are not trusted; with every folder aged, the next real build records
        // trusted stamps for all the folders it does not change (the about page's among them).
        AgeFolders(_site.Output);
        File.AppendAllText(seed, "Tambahan.\n");
        await Build();
        var warm = await Build();
        Assert.Equal(0, warm.FilesWritten);

        var folder = Path.Combine(_site.Output, "tentang");
        File.WriteAllText(Path.Combine(folder, "stray.html"), "not ours");
        Directory.CreateDirectory(Path.Combine(folder, "deeper", "still"));
        File.WriteAllText(Path.Combine(folder, "deeper", "still", "stray.txt"), "not ours either");
        var replayed = await Build();
        Assert.True(replayed.FilesUnchanged > 0);
        Assert.False(File.Exists(Path.Combine(folder, "stray.html")));
        Assert.False(File.Exists(Path.Combine(folder, "deeper", "still", "stray.txt")));

        AgeFolders(_site.Output);
        File.AppendAllText(seed, "Tambahan lagi.\n");
        await Build();
        File.WriteAllText(Path.Combine(_site.Output, "stray-at-the-top.txt"), "not ours");
        File.AppendAllText(seed, "Tambahan ketiga.\n");
        await AssertSameAsClean();
    }

    private static void AgeFolders(string output)
    {
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var folder in Directory.GetDirectories(output, "*", SearchOption.AllDirectories).Append(output))
            Directory.SetLastWriteTimeUtc(folder, old);
    }

    [Fact]
    public async Task ADamagedCacheIsIgnoredAndRebuilt()
    {
        await Build();
        var cache = BuildCache.PathIn(_site.Root);
        var bytes = File.ReadAllBytes(cache);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(cache, bytes);
        File.AppendAllText(Directory.GetFiles(_site.Seeds, "gen_*.txt").Order(StringComparer.Ordinal).First(), "Tambahan.\n");
        await AssertSameAsClean();

        File.WriteAllBytes(cache, [1, 2, 3]);
        await AssertSameAsClean();
    }

    [Fact]
    public async Task AnUpdateKilledHalfWayIsCompletedByTheNextBuild()
    {
        await Build();
        File.AppendAllText(Directory.GetFiles(_site.Seeds, "gen_*.txt").Order(StringComparer.Ordinal).First(), "Tambahan.\n");
        // What a killed build leaves: a journal naming staged files that were not all moved yet.
        var parent = Path.GetDirectoryName(_site.Output)!;
        var staging = Path.Combine(parent, ".output.sitegen-staging-killed");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "<p>from the killed build</p>");
        File.WriteAllText(Path.Combine(parent, ".output.sitegen-journal"), "staging\t.output.sitegen-staging-killed\nput\tindex.html\n");
        await AssertSameAsClean();
        Assert.False(File.Exists(Path.Combine(parent, ".output.sitegen-journal")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public async Task AStrictBuildStagesTheWholeSiteByLinkingUnchangedFiles()
    {
        await Build(strict: true);
        var untouched = Path.Combine(_site.Output, "tentang", "index.html");
        var before = File.GetLastWriteTimeUtc(untouched);
        File.AppendAllText(Directory.GetFiles(_site.Seeds, "gen_*.txt").Order(StringComparer.Ordinal).First(), "Tambahan.\n");
        await AssertSameAsClean(strict: true);
        Assert.Equal(before, File.GetLastWriteTimeUtc(untouched));
    }

    private Task<BuildResult> Build(string output = "output", bool noCache = false, bool strict = false) =>
        SiteBuilder.BuildAsync(new BuildOptions { Root = _site.Root, Output = Path.Combine(_site.Root, output), NoCache = noCache, Strict = strict });

    private async Task AssertSameAsClean(bool strict = false)
    {
        var options = new BuildOptions { Root = _site.Root, Output = Path.Combine(_site.Root, "output"), Strict = strict };
        await CleanBuild.AssertSameAsync(options, await SiteBuilder.BuildAsync(options), _site.Output);
    }

    private static SortedDictionary<string, (long, DateTime)> Stamps(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f))), StringComparer.Ordinal);
}
