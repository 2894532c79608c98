using SiteGen.Build;
using SiteGen.Inference;
using SiteGen.Incremental;
using SiteGen.Model;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Incremental;

/// <summary>
/// Builds that hand the cache on in memory (the dev server's) take the output folder to be exactly as the previous
/// build of the same process left it, and look at it again whenever that cannot be known: after a new start, after a
/// build that did not finish, and when the folder itself is gone.
/// </summary>
public sealed class BuildCacheHandOffTests : IDisposable
{
    private readonly TempSite _site = new(copyInput: true, copyTheme: true, copySeed: true);
    private readonly IReadOnlyList<GeneratedArticle> _articles;
    private readonly string[] _seeds;

    public BuildCacheHandOffTests()
    {
        _articles = GeneratedCorpus.Write(_site.Seeds, 12);
        _seeds = Directory.GetFiles(_site.Seeds, "gen_*.txt").Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The page of an article the edits never touch: kept by every build, never rendered again.</summary>
    private string UntouchedPage() => Directory.EnumerateFiles(_site.Output, "index.html", SearchOption.AllDirectories)
        .Single(page => File.ReadAllText(page).Contains($"<h1>{_articles[9].Title}</h1>"));

    public void Dispose() => _site.Dispose();

    private BuildOptions Options(BuildCacheHandOff handOff) => new() { Root = _site.Root, Output = _site.Output, CacheHandOff = handOff };

    private void EditAnArticle(int edit) => File.AppendAllText(_seeds[3], $"Paragraf tambahan nomor {edit}.\n");

    /// <summary>A first build through <paramref name="handOff"/>; then an untouched page deleted by hand and an article edited. Returns the page.</summary>
    private async Task<string> BuildThenDeleteAPageByHandAndEditAsync(BuildCacheHandOff handOff)
    {
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);
        var untouched = UntouchedPage();
        File.Delete(untouched);
        EditAnArticle(1);
        return untouched;
    }

    [Fact]
    public async Task A_rebuild_keeps_what_it_made_of_every_article_it_finds_the_same_and_makes_the_edited_one_anew()
    {
        var handOff = new BuildCacheHandOff();
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);
        var first = TakeCache(handOff);
        // A build in between with nothing to do (a file touched, its text the same) makes nothing of the articles, and
        // keeps the cache for its new stamp: what the first made is still kept.
        File.SetLastWriteTimeUtc(_seeds[5], DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).FilesWritten);
        File.WriteAllText(_seeds[3], File.ReadAllText(_seeds[3]).Replace(_articles[3].Title, "Judul yang disunting"));

        var rebuilt = await SiteBuilder.BuildAsync(Options(handOff));

        Assert.Equal(0, rebuilt.ExitCode);
        var second = TakeCache(handOff);
        var (edited, untouched) = ("seeds/" + _articles[3].FileName, "seeds/" + _articles[9].FileName);
        // The article cut to its summary, the record inference gave back, and its summary view.
        Assert.Same(first.Summarised![untouched].Article, second.Summarised![untouched].Article);
        Assert.NotSame(first.Summarised[edited].Article, second.Summarised[edited].Article);
        Assert.Same(first.Inferred![untouched].Article, second.Inferred![untouched].Article);
        Assert.Equal("Judul yang disunting", second.Inferred[edited].Article.Title);
        var (viewsBefore, viewsAfter) = (first.Summaries!.Value.Views, second.Summaries!.Value.Views);
        Assert.Same(viewsBefore[untouched].View, viewsAfter[untouched].View);
        Assert.Contains("Judul yang disunting", viewsAfter[edited].View.Title);
        Assert.NotSame(viewsBefore[edited].View, viewsAfter[edited].View);
        await CleanBuild.AssertSameAsync(Options(handOff), rebuilt, _site.Output);
    }

    [Fact]
    public async Task A_process_started_on_a_saved_cache_reads_its_articles_where_they_lie_and_still_saves_them_once_the_file_is_gone()
    {
        Assert.Equal(0, (await SiteBuilder.BuildAsync(new BuildOptions { Root = _site.Root, Output = _site.Output })).ExitCode);
        var handOff = new BuildCacheHandOff();
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);
        EditAnArticle(1);
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);

        // The unchanged articles are still places in the file the first build read, not copies of its bytes; the
        // edited one was made by this process, and went to the process's own file.
        var kept = TakeCache(handOff).Articles;
        var (edited, untouched) = ("seeds/" + _articles[3].FileName, "seeds/" + _articles[9].FileName);
        var (editedEntry, untouchedEntry) = (kept.Entry(_seeds[3], edited, Unexpected), kept.Entry(_seeds[9], untouched, Unexpected));
        Assert.True(untouchedEntry is { Spilled: not null, Payload.IsEmpty: true });
        Assert.True(editedEntry is { Spilled: not null, Payload.IsEmpty: true });
        Assert.NotSame(untouchedEntry.Spilled!.Value.File, editedEntry.Spilled!.Value.File);

        // Deleted (as `rm -rf .sitegen-cache` would), the file is still read through the open handle when the process saves.
        Directory.Delete(Path.Combine(_site.Root, BuildCache.Folder), recursive: true);
        handOff.Save();

        AssertTheSavedCacheHoldsEveryArticleAsItIsNow();
    }

    [Fact]
    public async Task A_process_started_without_a_cache_keeps_its_articles_analyses_in_a_file_not_on_the_heap()
    {
        var handOff = new BuildCacheHandOff();
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);
        EditAnArticle(1);
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);

        // Both the first build's analyses and the edited article's are places in one temporary file, the process's,
        // which stays open after the builds for as long as the entries are kept.
        var kept = TakeCache(handOff).Articles;
        var files = new HashSet<PayloadFile>();
        for (var i = 0; i < _articles.Count; i++)
        {
            var entry = kept.Entry(_seeds[i], "seeds/" + _articles[i].FileName, Unexpected);
            Assert.True(entry is { Spilled: not null, Payload.IsEmpty: true });
            files.Add(entry.Spilled!.Value.File);
        }
        Assert.Single(files);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        handOff.Save();
        AssertTheSavedCacheHoldsEveryArticleAsItIsNow();

        // What the process keeps of each article: the tag findings decoded once (every rebuild reads them), the words
        // read from the file again each time they are wanted (a rebuild reads few), and the same as a full decode.
        var settings = SiteSettingsLoader.Load(_site.Root, null);
        var saved = BuildCache.Load(_site.Root, BuildKeys.Analysis(settings.Tags, settings.Text), _site.Output);
        for (var i = 0; i < _articles.Count; i++)
        {
            var key = "seeds/" + _articles[i].FileName;
            var evidence = kept.Get(_seeds[i], key, Unexpected).Evidence;
            Assert.NotNull(evidence.Tags);
            Assert.Same(evidence.Tags, evidence.Tags);
            Assert.NotSame(evidence.Words, evidence.Words);
            var decoded = saved.Articles.Get(_seeds[i], key, Unexpected).Evidence;
            Assert.NotEmpty(decoded.Words.Words);
            Assert.Equal(decoded.Words.Words, evidence.Words.Words);
            Assert.Equal(decoded.Words.Counts, evidence.Words.Counts);
            Assert.Equal(TagMemory.KeyOf(decoded.Tags!), TagMemory.KeyOf(evidence.Tags!));
        }
        saved.Articles.ClosePayloadFile();
    }

    [Fact]
    public async Task A_settings_change_that_makes_every_analysis_again_starts_a_new_payload_file()
    {
        var handOff = new BuildCacheHandOff();
        var key = "seeds/" + _articles[0].FileName;
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);
        var before = TakeCache(handOff).Articles.Entry(_seeds[0], key, Unexpected).Spilled!.Value.File;
        var settings = Path.Combine(_site.Root, "input", "site.yml");
        var text = File.ReadAllText(settings);
        Assert.Contains("stopWords: []", text);
        File.WriteAllText(settings, text.Replace("stopWords: []", "stopWords: [Zzz]"));

        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);

        // Otherwise the old analyses would stay in the one file, unreachable, for as long as the process ran.
        Assert.NotSame(before, TakeCache(handOff).Articles.Entry(_seeds[0], key, Unexpected).Spilled!.Value.File);
    }

    /// <summary>Every article's analysis, an edited one's included, is in the cache file for its file as it is now
    /// (<see cref="Unexpected"/> would be asked otherwise) and decodes whole.</summary>
    private void AssertTheSavedCacheHoldsEveryArticleAsItIsNow()
    {
        var settings = SiteSettingsLoader.Load(_site.Root, null);
        var saved = BuildCache.Load(_site.Root, BuildKeys.Analysis(settings.Tags, settings.Text), _site.Output);
        Assert.Null(saved.Rejected);
        for (var i = 0; i < _articles.Count; i++)
        {
            var analysed = saved.Articles.Get(_seeds[i], "seeds/" + _articles[i].FileName, Unexpected);
            Assert.Equal(ContentHash.Of(File.ReadAllBytes(_seeds[i])), analysed.Hash);
            Assert.Equal(_articles[i].Title, analysed.Article!.Title);
        }
        saved.Articles.ClosePayloadFile();
    }

    private static AnalysedArticle Unexpected(byte[] bytes, ContentHash hash) => throw new InvalidOperationException("the cache should have had it");

    [Fact]
    public async Task A_term_renamed_by_other_articles_is_shown_renamed_in_the_view_of_an_article_that_did_not_change()
    {
        var handOff = new BuildCacheHandOff();
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);
        // A tag of one article that others carry too, written in capitals by all of those: the term's name (its most used
        // spelling; capitals first in a tie) becomes the capitals, and the summary of the article that did not change must
        // link to it by that name.
        var (kept, tag) = Enumerable.Range(0, _articles.Count)
            .SelectMany(i => _articles[i].Tags.Select(t => (Article: i, Tag: t)))
            .First(p => p.Tag != p.Tag.ToUpperInvariant() && _articles.Count(a => a.Tags.Contains(p.Tag)) >= 2);
        for (var i = 0; i < _articles.Count; i++)
            if (i != kept && _articles[i].Tags.Contains(tag))
                File.WriteAllText(_seeds[i], File.ReadAllText(_seeds[i]).Replace($"\"{tag}\"", $"\"{tag.ToUpperInvariant()}\""));

        var rebuilt = await SiteBuilder.BuildAsync(Options(handOff));

        Assert.Equal(0, rebuilt.ExitCode);
        var untouched = TakeCache(handOff).Summaries!.Value.Views["seeds/" + _articles[kept].FileName].View;
        Assert.Contains(untouched.Tags, link => link.Text == tag.ToUpperInvariant());
        await CleanBuild.AssertSameAsync(Options(handOff), rebuilt, _site.Output);
    }

    [Fact]
    public async Task A_rebuild_after_the_settings_the_views_print_with_changed_makes_every_view_again()
    {
        var handOff = new BuildCacheHandOff();
        Assert.Equal(0, (await SiteBuilder.BuildAsync(Options(handOff))).ExitCode);
        // Every article is read and inferred as it was; only the links in its summary move under the new base path.
        var settings = Path.Combine(_site.Root, "input", "site.yml");
        File.WriteAllText(settings, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(settings), "baseUrl: .*", "baseUrl: https://example.org/arsip/"));

        var rebuilt = await SiteBuilder.BuildAsync(Options(handOff));

        Assert.Equal(0, rebuilt.ExitCode);
        Assert.All(TakeCache(handOff).Summaries!.Value.Views.Values, kept => Assert.StartsWith("/arsip/", kept.View.Url));
        await CleanBuild.AssertSameAsync(Options(handOff), rebuilt, _site.Output);
    }

    /// <summary>What the last build through <paramref name="handOff"/> left for the next.</summary>
    private BuildCache TakeCache(BuildCacheHandOff handOff)
    {
        var settings = SiteSettingsLoader.Load(_site.Root, null);
        return handOff.Take(_site.Root, BuildKeys.Analysis(settings.Tags, settings.Text), _site.Output);
    }

    [Fact]
    public async Task The_next_build_of_the_same_process_trusts_the_folder_and_a_new_process_looks_again()
    {
        var handOff = new BuildCacheHandOff();
        var untouched = await BuildThenDeleteAPageByHandAndEditAsync(handOff);

        var trusting = await SiteBuilder.BuildAsync(Options(handOff));

        // The edit is there; the page deleted by hand, whose sources did not change, is not looked for.
        Assert.Equal(0, trusting.ExitCode);
        Assert.Contains(Directory.EnumerateFiles(_site.Output, "index.html", SearchOption.AllDirectories),
            page => File.ReadAllText(page).Contains("Paragraf tambahan nomor 1."));
        Assert.False(File.Exists(untouched));

        var restarted = await SiteBuilder.BuildAsync(Options(new BuildCacheHandOff()));
        Assert.True(File.Exists(untouched));
        await CleanBuild.AssertSameAsync(Options(handOff), restarted, _site.Output);
    }

    [Fact]
    public async Task After_a_build_that_did_not_finish_the_next_looks_at_the_folder_again()
    {
        var handOff = new BuildCacheHandOff();
        var untouched = await BuildThenDeleteAPageByHandAndEditAsync(handOff);
        // Cancelled after it took the cache: for all the next build knows, it stopped half-way through the folder.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SiteBuilder.BuildAsync(Options(handOff), new CancellationToken(canceled: true)));

        EditAnArticle(2);
        var next = await SiteBuilder.BuildAsync(Options(handOff));

        Assert.True(File.Exists(untouched));
        await CleanBuild.AssertSameAsync(Options(handOff), next, _site.Output);
    }

    [Fact]
    public async Task A_folder_deleted_whole_is_written_whole_again()
    {
        var handOff = new BuildCacheHandOff();
        await SiteBuilder.BuildAsync(Options(handOff));
        Directory.Delete(_site.Output, recursive: true);
        EditAnArticle(1);

        var next = await SiteBuilder.BuildAsync(Options(handOff));

        await CleanBuild.AssertSameAsync(Options(handOff), next, _site.Output);
    }

    [Fact]
    public async Task An_update_of_the_folder_by_another_process_is_noticed()
    {
        var served = Options(new BuildCacheHandOff()) with { BaseUrl = "http://127.0.0.1:5080/" };
        await SiteBuilder.BuildAsync(served);
        // A second server of the same site, on another port, writes its pages into the same folder.
        await SiteBuilder.BuildAsync(Options(new BuildCacheHandOff()) with { BaseUrl = "http://127.0.0.1:5081/" });
        EditAnArticle(1);

        var next = await SiteBuilder.BuildAsync(served);

        await CleanBuild.AssertSameAsync(served, next, _site.Output);
    }
}
