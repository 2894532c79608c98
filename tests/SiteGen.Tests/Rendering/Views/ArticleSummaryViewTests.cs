using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;

namespace SiteGen.Tests.Rendering.Views;

public sealed class ArticleSummaryViewTests
{
    private static ArticleSummaryView View(string title = "Judul", params string[] tags) =>
        new(title, "/2023/07/27/judul/", "Ringkasan…", "2023-07-27", "Kamis, 27 Juli 2023", "Jakarta",
            tags.Select(t => new LinkView(t, "/tag/" + t.ToLowerInvariant() + "/")).ToArray(), new LinkView("Nasional", "/rubrik/nasional/"));

    [Fact]
    public void Views_that_show_the_same_are_the_same_though_their_tag_lists_are_two_lists() =>
        Assert.True(View("Judul", "Rusia", "Jakarta").SameAs(View("Judul", "Rusia", "Jakarta")));

    [Theory]
    [InlineData("Judul lain", new[] { "Rusia", "Jakarta" })]
    [InlineData("Judul", new[] { "Rusia", "Bandung" })]
    [InlineData("Judul", new[] { "Rusia" })]
    [InlineData("Judul", new[] { "Jakarta", "Rusia" })]
    public void A_different_field_or_tag_makes_another_view(string title, string[] tags) =>
        Assert.False(View("Judul", "Rusia", "Jakarta").SameAs(View(title, tags)));

    [Fact]
    public void The_section_counts_too() =>
        Assert.False(View("Judul", "Rusia").SameAs(View("Judul", "Rusia") with { Section = new LinkView("Olahraga", "/rubrik/olahraga/") }));

    [Fact]
    public void A_title_reads_back_as_given_whether_set_by_the_record_or_by_with()
    {
        var view = View("Banjir di Garut");
        var renamed = view with { Title = "Gempa di Cianjur" };

        Assert.Equal("Banjir di Garut", view.Title);
        Assert.Equal("Gempa di Cianjur", renamed.Title);
        Assert.False(view.SameAs(renamed));
        Assert.True(renamed.SameAs(View("Gempa di Cianjur")));
    }

    [Theory]
    [InlineData("Banjir di Garut", "Banjir di Garut")]
    [InlineData("Rusia & Ukraina <b>Damai</b>", "Rusia &amp; Ukraina &lt;b&gt;Damai&lt;/b&gt;")]
    [InlineData("Kata \"Jokowi\" soal Ibu Kota", "Kata &quot;Jokowi&quot; soal Ibu Kota")]
    public void A_summary_shows_the_articles_title_escaped(string title, string shown)
    {
        var settings = new SiteSettings();
        var article = new Article { SourcePath = "seeds/a.txt", Title = title, Summary = "Ringkasan.", Url = "/2023/07/27/a/" };
        var taxonomies = SiteTaxonomies.Build(settings.Taxonomies, [article], new DiagnosticBag());
        var views = new ArticleViews(settings, new SiteUrls(settings.BaseUrl), new DateDisplay(settings.Locale, settings.DateFormat), taxonomies);

        var summary = views.Summary(article);

        Assert.Equal(title, article.Title);
        Assert.Equal(shown, summary.Title);
        Assert.True(summary.SameAs(View(shown) with { Url = summary.Url, Lead = summary.Lead, DateIso = "", DateDisplay = "", City = "", Tags = [], Section = null }));
    }

    [Fact]
    public void A_copy_keeps_every_property_it_was_not_given()
    {
        var view = View("Banjir di Garut", "Rusia", "Jakarta");
        var clone = (ArticleSummaryView)typeof(ArticleSummaryView).GetMethod("<Clone>$")!.Invoke(view, null)!;

        foreach (var property in typeof(ArticleSummaryView).GetProperties())
            Assert.Same(property.GetValue(view) is string ? null : property.GetValue(view), property.GetValue(clone) is string ? null : property.GetValue(clone));
        foreach (var property in typeof(ArticleSummaryView).GetProperties().Where(p => p.PropertyType == typeof(string)))
            Assert.Equal(property.GetValue(view), property.GetValue(clone));
        Assert.Equal(view, clone);
    }

    [Fact]
    public void A_views_fingerprint_is_what_it_shows_whether_asked_before_or_not()
    {
        var asked = View("Banjir di Garut", "Rusia");
        var before = new Fingerprint().Add(asked).Value;

        // A copy showing something else is fingerprinted anew, not with the original's remembered value.
        var renamed = asked with { Title = "Gempa di Cianjur" };
        Assert.NotEqual(before, new Fingerprint().Add(renamed).Value);
        Assert.Equal(new Fingerprint().Add(View("Gempa di Cianjur", "Rusia")).Value, new Fingerprint().Add(renamed).Value);

        // Asking does not change what a view equals.
        var notAsked = View("Banjir di Garut", "Rusia");
        Assert.Equal(asked with { Tags = notAsked.Tags }, notAsked);
        Assert.True(asked.SameAs(notAsked));
        Assert.Equal(before, new Fingerprint().Add(notAsked).Value);
    }
}
