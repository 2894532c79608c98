using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Model;
using static SiteGen.Tests.Support.Articles;

namespace SiteGen.Tests.Archive;

public sealed class TaxonomyIndexTests
{
    private static readonly TaxonomySettings Tags = new() { Name = "tag", Path = "tag", Field = "tags", Title = "Tag", Popular = 2 };

    private static TaxonomyIndex Build(IReadOnlyList<Article> articles, DiagnosticBag? diagnostics = null) =>
        TaxonomyIndex.Build(Tags, articles, diagnostics ?? new DiagnosticBag());

    [Fact]
    public void Spellings_that_differ_only_in_case_or_diacritics_are_one_term_named_by_the_most_used()
    {
        var index = Build([
            Make("a.txt", tags: ["korea utara"]),
            Make("b.txt", tags: ["Korea Utara"]),
            Make("c.txt", tags: ["Koréa  Utara"]),
            Make("d.txt", tags: ["Korea Utara"]),
        ]);
        var term = Assert.Single(index.Terms);
        Assert.Equal("Korea Utara", term.Name);
        Assert.Equal("/tag/korea-utara/", term.Path);
        Assert.Equal([0, 1, 2, 3], term.Articles);
        Assert.Same(term, index.Find("KOREA UTARA"));
        Assert.Null(index.Find("Korea Selatan"));
    }

    [Fact]
    public void A_term_an_article_names_twice_counts_once()
    {
        var term = Assert.Single(Build([Make("a.txt", tags: ["Rusia", "rusia", "Rusia"]), Make("b.txt", tags: ["Rusia"])]).Terms);
        Assert.Equal([0, 1], term.Articles);
    }

    [Fact]
    public void Different_terms_with_one_slug_keep_separate_pages_and_the_later_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        var index = Build([Make("a.txt", tags: ["Timur-Tengah"]), Make("b.txt", tags: ["Timur Tengah"]), Make("c.txt", tags: ["Timur Tengah 2"])], diagnostics);

        // "timur tengah" sorts before "timur-tengah", so it keeps the slug; "-2" belongs to "Timur Tengah 2" by right.
        Assert.Equal("timur-tengah", index.Find("Timur Tengah")!.Slug);
        Assert.Equal("timur-tengah-2", index.Find("Timur Tengah 2")!.Slug);
        Assert.Equal("timur-tengah-3", index.Find("Timur-Tengah")!.Slug);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("seeds/a.txt", warning.File);
        Assert.Contains("/tag/timur-tengah-3/", warning.Message);
    }

    [Fact]
    public void Slugs_depend_on_the_terms_not_on_the_order_of_articles()
    {
        Article[] articles = [Make("a.txt", tags: ["C++"]), Make("b.txt", tags: ["C#"]), Make("c.txt", tags: ["c"])];
        var forward = Build(articles).Terms.Select(t => (t.Name, t.Slug));
        var backward = Build(articles.Reverse().ToList()).Terms.Select(t => (t.Name, t.Slug));
        Assert.Equal(forward, backward);
        Assert.Equal(3, forward.Select(t => t.Slug).Distinct().Count());
    }

    [Fact]
    public void Terms_are_alphabetical_by_folded_name_and_list_articles_in_archive_order()
    {
        var index = Build([Make("a.txt", tags: ["zebra", "Éropa"]), Make("b.txt", tags: ["Asia", "eropa"]), Make("c.txt", tags: ["Zebra"])]);
        // Equal counts: the ordinal-first spelling names the term ("Zebra" before "zebra", "eropa" before "Éropa").
        Assert.Equal(["Asia", "eropa", "Zebra"], index.Terms.Select(t => t.Name));
        Assert.Equal([0, 2], index.Find("Zebra")!.Articles);
    }

    [Fact]
    public void The_most_used_terms_are_popular_ties_alphabetical_and_none_when_there_are_few()
    {
        var index = Build([
            Make("a.txt", tags: ["Bola", "Cuaca", "Dana"]),
            Make("b.txt", tags: ["Bola", "Cuaca"]),
            Make("c.txt", tags: ["Bola", "Anggaran"]),
        ]);
        Assert.Equal(["Bola", "Cuaca"], index.Terms.Where(t => t.Popular).Select(t => t.Name));

        var few = Build([Make("a.txt", tags: ["Bola", "Cuaca"])]);
        Assert.DoesNotContain(few.Terms, t => t.Popular);
    }

    [Fact]
    public void A_term_of_only_punctuation_gets_a_stable_slug_and_blank_values_are_ignored()
    {
        var index = Build([Make("a.txt", tags: ["!!!", "  "])]);
        var term = Assert.Single(index.Terms);
        Assert.StartsWith("t-", term.Slug);
        Assert.Equal(term.Slug, Build([Make("z.txt", tags: ["!!!"])]).Terms[0].Slug);
    }

    [Fact]
    public void Single_valued_fields_index_like_tags()
    {
        var cities = new TaxonomySettings { Name = "lokasi", Path = "lokasi", Field = "city", Title = "Lokasi" };
        var index = TaxonomyIndex.Build(cities, [Make("a.txt", city: "JAKARTA"), Make("b.txt"), Make("c.txt", city: "Jakarta")], new DiagnosticBag());
        var term = Assert.Single(index.Terms);
        Assert.Equal("/lokasi/jakarta/", term.Path);
        Assert.Equal([0, 2], term.Articles);
    }

    [Fact]
    public void Folding_a_term_the_unicode_normaliser_refuses_drops_what_it_refuses()
    {
        Assert.Equal("korea utara", Taxonomy.Fold("Koréa\uFFFE Utara\uD800"));
        Assert.StartsWith("t-", Taxonomy.TermSlug("\uFFFE")); // nothing sluggable remains: the hashed fallback
    }

    [Fact]
    public void A_place_written_with_or_without_spaces_is_one_term_with_a_readable_slug()
    {
        var cities = new TaxonomySettings { Name = "lokasi", Path = "lokasi", Field = "city", Title = "Lokasi" };
        var index = TaxonomyIndex.Build(cities,
            [Make("a.txt", city: "Bandar Lampung"), Make("b.txt", city: "Bandarlampung"), Make("c.txt", city: "Bandar Lampung")], new DiagnosticBag());
        var term = Assert.Single(index.Terms);
        Assert.Equal("Bandar Lampung", term.Name);
        Assert.Equal("/lokasi/bandar-lampung/", term.Path);
        Assert.Same(term, index.Find("BANDAR-LAMPUNG"));
    }

    [Fact]
    public void A_term_of_one_article_is_never_popular()
    {
        var cities = new TaxonomySettings { Name = "lokasi", Path = "lokasi", Field = "city", Title = "Lokasi", Popular = 2 };
        var index = TaxonomyIndex.Build(cities,
            [Make("a.txt", city: "Jakarta"), Make("b.txt", city: "Jakarta"), Make("c.txt", city: "Medan"), Make("d.txt", city: "Palu"), Make("e.txt", city: "Solo")],
            new DiagnosticBag());
        Assert.Equal(["Jakarta"], index.Terms.Where(t => t.Popular).Select(t => t.Name));
    }

    [Fact]
    public void A_small_taxonomy_highlights_its_terms_of_several_articles_but_never_all_of_its_terms()
    {
        var editors = new TaxonomySettings { Name = "editor", Path = "editor", Field = "editor", Title = "Editor", Popular = 10 };
        var index = TaxonomyIndex.Build(editors,
            [Make("a.txt", editor: "Vien Dimyati"), Make("b.txt", editor: "Vien Dimyati"), Make("c.txt", editor: "Maria Christina"), Make("d.txt", editor: "Donald Karouw")],
            new DiagnosticBag());
        Assert.Equal(["Vien Dimyati"], index.Terms.Where(t => t.Popular).Select(t => t.Name));

        var even = TaxonomyIndex.Build(editors,
            [Make("a.txt", editor: "Vien Dimyati"), Make("b.txt", editor: "Vien Dimyati"), Make("c.txt", editor: "Maria Christina"), Make("d.txt", editor: "Maria Christina")],
            new DiagnosticBag());
        Assert.DoesNotContain(even.Terms, t => t.Popular);
    }

    [Fact]
    public void Sections_keep_the_slug_the_site_chose()
    {
        var sections = new TaxonomySettings { Name = "rubrik", Path = "rubrik", Field = "section", Title = "Rubrik" };
        var index = TaxonomyIndex.Build(sections, [Make("a.txt", section: "Megapolitan")], new DiagnosticBag(),
            new Dictionary<string, string> { ["Megapolitan"] = "metro" });
        Assert.Equal("/rubrik/metro/", Assert.Single(index.Terms).Path);
    }
}
