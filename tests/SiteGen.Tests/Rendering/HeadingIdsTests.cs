using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public class HeadingIdsTests
{
    [Theory]
    [InlineData("Latar Belakang", "latar-belakang")]
    [InlineData("Sejarah Kafé Tua di Bandung", "sejarah-kafe-tua-di-bandung")]
    [InlineData("Pemilu 2024: Hasil Akhir", "pemilu-2024-hasil-akhir")]
    [InlineData("Jum'at Keramat", "jumat-keramat")]
    [InlineData("Ḍaftar Pustaka & Catatan", "daftar-pustaka-catatan")]
    public void A_heading_gets_its_text_folded_to_a_lowercase_ascii_slug(string text, string id)
    {
        var html = HeadingIds.Assign($"<h2>{text}</h2>");

        Assert.Equal($"<h2 id=\"{id}\">{text.Replace("&", "&amp;")}</h2>", html);
    }

    [Fact]
    public void Repeated_headings_are_numbered_and_existing_ids_are_kept_and_avoided()
    {
        var html = HeadingIds.Assign("""
            <h1>Judul</h1>
            <h2>Foto</h2>
            <h3>Foto</h3>
            <h2 id="foto-2">Sudah Bernama</h2>
            <h4>Foto</h4>
            <p>teks</p>
            <h6><a href="/x/">Foto</a></h6>
            """);

        Assert.Equal("""
            <h1>Judul</h1>
            <h2 id="foto">Foto</h2>
            <h3 id="foto-3">Foto</h3>
            <h2 id="foto-2">Sudah Bernama</h2>
            <h4 id="foto-4">Foto</h4>
            <p>teks</p>
            <h6 id="foto-5"><a href="/x/">Foto</a></h6>
            """, html);
    }

    [Fact]
    public void Ids_reserved_by_the_layout_are_not_taken()
    {
        Assert.Equal("<h2 id=\"konten-2\">Konten</h2>", HeadingIds.Assign("<h2>Konten</h2>", ["konten"]));
    }

    [Fact]
    public void A_heading_without_sluggable_text_is_named_after_its_tag()
    {
        Assert.Equal("<h2 id=\"h2\">🌧️</h2><h2 id=\"h2-2\">!!</h2>", HeadingIds.Assign("<h2>🌧️</h2><h2>!!</h2>"));
    }

    [Fact]
    public void A_body_without_subheadings_comes_back_untouched()
    {
        const string html = "<p>Hujan<br/>deras</p><h1>Judul</h1><hr>";

        Assert.Same(html, HeadingIds.Assign(html));
    }

    [Fact]
    public void Content_that_would_move_to_the_head_in_a_whole_document_stays_in_place()
    {
        Assert.Equal("<style>p{}</style><h2 id=\"a\">A</h2>", HeadingIds.Assign("<style>p{}</style><h2>A</h2>"));
    }

    [Fact]
    public void The_same_body_always_gets_the_same_ids()
    {
        const string html = "<h2>Banjir</h2><h3>Banjir</h3><h2>Gempa</h2>";

        Assert.Equal(HeadingIds.Assign(html), HeadingIds.Assign(html));
        Assert.Equal("<h2 id=\"banjir\">Banjir</h2><h3 id=\"banjir-2\">Banjir</h3><h2 id=\"gempa\">Gempa</h2>", HeadingIds.Assign(html));
    }
}
