using System.Reflection;
using System.Text.Json;
using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Incremental;
using SiteGen.Inference;
using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Rendering;

namespace SiteGen.Tests.Model;

/// <summary>
/// The one list of <see cref="Article"/>'s fields and what carries each: the cache format (a stale cache), the article
/// page's fingerprint (a stale page), the views templates print, and the shared strings of a build. Each field is
/// changed alone on an article as it is when its page is made, and each consumer is checked to see the change exactly
/// where this table says it does. A field added to Article fails here until it has a row, so a field cannot be
/// carried by one of them and missed by another without someone deciding so.
/// </summary>
public sealed class ArticleFieldsTests
{
    /// <param name="Fingerprint">Whether a change of the field alone changes the page's fingerprint.</param>
    /// <param name="Views">Whether it changes what a template can print (the article's view or its summary in lists).</param>
    /// <param name="Why">Why a field is left out of the fingerprint or the views.</param>
    private sealed record Carried(bool Fingerprint, bool Views, string Why = "");

    // Every field must survive the cache (checked for all); the rest is per field.
    private static readonly Dictionary<string, Carried> Fields = new(StringComparer.Ordinal)
    {
        [nameof(Article.SourcePath)] = new(Fingerprint: true, Views: false, "the article's key; printed nowhere"),
        [nameof(Article.Title)] = new(true, true),
        [nameof(Article.Lead)] = new(false, false, "empty once Summary is set, which reading does before inference; Summary carries it"),
        [nameof(Article.Summary)] = new(true, true),
        [nameof(Article.Paragraphs)] = new(false, true, "the fingerprint has the hash of the seed file instead, from which the page reads them again"),
        [nameof(Article.City)] = new(true, true),
        [nameof(Article.Source)] = new(true, true),
        [nameof(Article.Editor)] = new(true, true),
        [nameof(Article.WordCount)] = new(true, true),
        [nameof(Article.ReadingMinutes)] = new(true, true),
        [nameof(Article.Draft)] = new(true, false, "a draft is either left out or printed like any article"),
        [nameof(Article.Blank)] = new(false, false, "a blank article is left out, or (draft: false) printed from its paragraphs like any article"),
        [nameof(Article.Repairs)] = new(false, false, "shown by 'sitegen list' and the build's summary line; pages show the repaired text, which the seed's hash and the analysis key (text.repair) stand for"),
        [nameof(Article.SlugOverride)] = new(false, false, "read by inference only, which makes Slug and Url of it"),
        [nameof(Article.Slug)] = new(true, false, "pages print Url, which holds it"),
        [nameof(Article.Url)] = new(true, true),
        [nameof(Article.Date)] = new(true, true),
        [nameof(Article.DateSource)] = new(false, false, "shown by 'sitegen list', not on pages"),
        [nameof(Article.DateConfidence)] = new(false, false, "shown by 'sitegen list', not on pages"),
        [nameof(Article.DateReason)] = new(false, false, "shown by 'sitegen list', not on pages"),
        [nameof(Article.Tags)] = new(true, true),
        [nameof(Article.TagSource)] = new(false, false, "shown by 'sitegen list', not on pages"),
        [nameof(Article.Section)] = new(true, true),
        [nameof(Article.SectionSource)] = new(false, false, "shown by 'sitegen list', not on pages"),
        [nameof(Article.SectionWords)] = new(false, false, "shown by 'sitegen list' (the words that decided a classified section), not on pages"),
        [nameof(Article.FrontMatter)] = new(false, true, "inference folds every value into the fields above (the description into Summary) before pages are made"),
    };

    /// <summary>An article as it is when its page is rendered: inferred, summarised, its paragraphs read again.</summary>
    private static readonly Article Rendered = new()
    {
        SourcePath = "seeds/banjir.txt",
        Title = "Banjir di Garut",
        Lead = "",
        Summary = "Banjir merendam rumah warga.",
        Paragraphs = ["Banjir merendam rumah warga.", "Warga mengungsi."],
        City = "GARUT",
        Source = "iNews.id",
        Editor = "Dewi Lestari",
        WordCount = 7,
        ReadingMinutes = 1,
        Slug = "banjir-di-garut",
        Url = "/2023/07/27/banjir-di-garut/",
        Date = new DateOnly(2023, 7, 27),
        DateSource = ValueSource.Text,
        Tags = ["Banjir"],
        TagSource = ValueSource.Text,
        Section = "Nasional",
        SectionSource = ValueSource.Table,
    };

    public static TheoryData<string> FieldNames => new(typeof(Article).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void EveryFieldOfArticleHasARow()
    {
        var missing = typeof(Article).GetProperties().Select(p => p.Name).Where(n => !Fields.ContainsKey(n)).ToList();
        Assert.True(missing.Count == 0, $"Article fields with no row in {nameof(ArticleFieldsTests)}.{nameof(Fields)}: {string.Join(", ", missing)}. " +
            "Carry each in CacheFormat, in RenderArticlesModule.PageFingerprint and in ArticleViews where pages can show it, then add its row.");
        Assert.DoesNotContain(Fields.Keys, n => typeof(Article).GetProperty(n) is null);
    }

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void TheCacheKeepsTheField(string field)
    {
        var changed = With(Rendered, field);
        var back = CacheFormat.DeserialiseAnalysed(CacheFormat.Serialise(new AnalysedArticle(default, changed, ArticleEvidence.None, []))).Article;
        Assert.Equal(Json(changed), Json(back));
    }

    [Fact]
    public void TheCacheKeepsEveryFrontMatterValue()
    {
        foreach (var property in typeof(FrontMatterValues).GetProperties().Where(p => p.CanWrite))
        {
            var front = Clone(FrontMatterValues.Empty);
            property.SetValue(front, OtherValue(property.PropertyType, property.GetValue(front)));
            var changed = Rendered with { FrontMatter = front };
            var back = CacheFormat.DeserialiseAnalysed(CacheFormat.Serialise(new AnalysedArticle(default, changed, ArticleEvidence.None, []))).Article;
            Assert.True(Json(changed) == Json(back), $"the cache loses FrontMatterValues.{property.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void TheFingerprintSeesTheFieldExactlyWhenItsRowSaysSo(string field)
    {
        var changed = With(Rendered, field);
        var sees = Fingerprint(changed) != Fingerprint(Rendered);
        Assert.True(sees == Fields[field].Fingerprint,
            $"{field}: the page fingerprint {(sees ? "changes" : "does not change")} with it, but its row says {(Fields[field].Fingerprint ? "it does" : "it does not")} ({Fields[field].Why})");
    }

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void TheViewsShowTheFieldExactlyWhenItsRowSaysSo(string field)
    {
        var changed = With(Rendered, field);
        var shows = Views(changed) != Views(Rendered);
        Assert.True(shows == Fields[field].Views,
            $"{field}: the views {(shows ? "change" : "do not change")} with it, but its row says {(Fields[field].Views ? "they do" : "they do not")} ({Fields[field].Why})");
    }

    /// <summary>The dev server keeps the record it made before only for an article that is the same in every field.</summary>
    [Theory]
    [MemberData(nameof(FieldNames))]
    public void SameAsSeesTheField(string field) => Assert.False(Rendered.SameAs(With(Rendered, field)), $"{field}: SameAs misses a change of it");

    [Fact]
    public void SameAsComparesListsItemByItem() =>
        Assert.True(Rendered.SameAs(Rendered with { Paragraphs = [.. Rendered.Paragraphs], Tags = [.. Rendered.Tags], SectionWords = [.. Rendered.SectionWords] }));

    /// <summary>Front matter read again from the same text is a new record with new lists: the same values all the same.</summary>
    [Fact]
    public void SameAsComparesFrontMatterValueByValue()
    {
        var read = Rendered with { FrontMatter = new FrontMatterValues { Title = "Judul", Tags = ["Banjir", "Jakarta"], Draft = false } };
        var readAgain = read with { FrontMatter = read.FrontMatter with { Tags = ["Banjir", "Jakarta"] } };
        Assert.True(read.SameAs(readAgain));
        Assert.False(read.SameAs(read with { FrontMatter = read.FrontMatter with { Tags = ["Banjir"] } }));
        Assert.False(read.SameAs(read with { FrontMatter = read.FrontMatter with { Tags = null } }));
        Assert.False(read.SameAs(read with { FrontMatter = read.FrontMatter with { Draft = true } }));
    }

    /// <summary>What a page shows must be in its fingerprint, or an unchanged fingerprint would keep a stale page.</summary>
    [Fact]
    public void WhatThePageShowsIsInItsFingerprintOrTheRowSaysWhyNot()
    {
        foreach (var (field, carried) in Fields)
            if (carried.Views && !carried.Fingerprint) Assert.False(string.IsNullOrWhiteSpace(carried.Why), $"{field} is shown but not fingerprinted, and its row gives no reason");
    }

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void SharingStringsKeepsTheField(string field)
    {
        var changed = With(Rendered, field);
        var shared = new SharedStrings().Share(new AnalysedArticle(default, changed, ArticleEvidence.None, [])).Article;
        Assert.Equal(Json(changed), Json(shared));
    }

    private static Hash128 Fingerprint(Article a) => RenderArticlesModule.PageFingerprint(a, default, default, null, null, []);

    private static string Views(Article a)
    {
        var settings = new SiteSettings();
        var taxonomies = SiteTaxonomies.Build(settings.Taxonomies, [a], new DiagnosticBag());
        var views = new ArticleViews(settings, new SiteUrls(settings.BaseUrl), new DateDisplay(settings.Locale, settings.DateFormat), taxonomies);
        return Json(views.Full(a, null, null, [])) + Json(views.Summary(a));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary><paramref name="article"/> with <paramref name="field"/> alone set to another value.</summary>
    private static Article With(Article article, string field)
    {
        var copy = Clone(article);
        var property = typeof(Article).GetProperty(field)!;
        property.SetValue(copy, OtherValue(property.PropertyType, property.GetValue(article)));
        return copy;
    }

    private static T Clone<T>(T record) where T : class =>
        (T)typeof(T).GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)!.Invoke(record, null)!;

    private static object OtherValue(Type type, object? current)
    {
        object other = type switch
        {
            _ when type == typeof(string) => "nilai lain",
            _ when type == typeof(int) => 42,
            _ when type == typeof(bool) => !(bool)current!,
            _ when type == typeof(bool?) => true,
            _ when type == typeof(double?) => 0.5,
            _ when type == typeof(DateOnly?) => new DateOnly(2020, 2, 2),
            _ when type == typeof(ValueSource) => ValueSource.FileName,
            _ when type == typeof(TextRepairs) => TextRepairs.Mojibake | TextRepairs.Teaser,
            _ when type == typeof(IReadOnlyList<string>) => (IReadOnlyList<string>)["Satu", "Dua"],
            _ when type == typeof(FrontMatterValues) => new FrontMatterValues { Description = "Deskripsi lain" },
            _ => throw new InvalidOperationException($"no other value for {type}: add one here"),
        };
        Assert.NotEqual(Json(current), Json(other));
        return other;
    }
}
