using Markdig;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public class HeadingIdsTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Markdown to HTML with heading ids, as a page's body is made.</summary>
    private static string Render(string markdown, params string[] reserved)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        HeadingIds.Assign(document, reserved);
        return document.ToHtml(Pipeline).TrimEnd('\n');
    }

    [Theory]
    [InlineData("Latar Belakang", "latar-belakang")]
    [InlineData("Sejarah Kafé Tua di Bandung", "sejarah-kafe-tua-di-bandung")]
    [InlineData("Pemilu 2024: Hasil Akhir", "pemilu-2024-hasil-akhir")]
    [InlineData("Jum'at Keramat", "jumat-keramat")]
    [InlineData("Ḍaftar Pustaka & Catatan", "daftar-pustaka-catatan")]
    public void A_heading_gets_its_text_folded_to_a_lowercase_ascii_slug(string text, string id)
    {
        Assert.Equal($"<h2 id=\"{id}\">{text.Replace("&", "&amp;")}</h2>", Render($"## {text}"));
    }

    [Fact]
    public void Repeated_headings_are_numbered_in_document_order_at_every_level_and_nesting()
    {
        var html = Render("""
            # Judul

            ## Foto

            ### Foto

            > #### Foto

            teks

            ###### [Foto](/x/)
            """);

        Assert.Equal("""
            <h1>Judul</h1>
            <h2 id="foto">Foto</h2>
            <h3 id="foto-2">Foto</h3>
            <blockquote>
            <h4 id="foto-3">Foto</h4>
            </blockquote>
            <p>teks</p>
            <h6 id="foto-4"><a href="/x/">Foto</a></h6>
            """, html);
    }

    [Fact]
    public void The_id_is_made_from_what_a_reader_sees_not_the_markup()
    {
        Assert.Equal("<h2 id=\"harga-cabai-naik-lagi-di-pasar\"><em>Harga</em> <code>cabai</code> naik &amp; lagi di <a href=\"/pasar/\">pasar</a></h2>",
            Render("## *Harga* `cabai` naik &amp; lagi di [pasar](/pasar/)"));
    }

    [Fact]
    public void Ids_reserved_by_the_layout_are_not_taken()
    {
        Assert.Equal("<h2 id=\"konten-2\">Konten</h2>", Render("## Konten", "konten"));
    }

    [Fact]
    public void A_heading_without_sluggable_text_is_named_after_its_tag()
    {
        Assert.Equal("<h2 id=\"h2\">🌧️</h2>\n<h2 id=\"h2-2\">!!</h2>", Render("## 🌧️\n\n## !!"));
    }

    [Fact]
    public void A_title_heading_and_paragraphs_get_no_id()
    {
        Assert.Equal("<h1>Judul</h1>\n<p>Hujan deras</p>", Render("# Judul\n\nHujan deras"));
    }

    [Fact]
    public void The_same_body_always_gets_the_same_ids()
    {
        const string markdown = "## Banjir\n\n### Banjir\n\n## Gempa";

        Assert.Equal(Render(markdown), Render(markdown));
        Assert.Equal("<h2 id=\"banjir\">Banjir</h2>\n<h3 id=\"banjir-2\">Banjir</h3>\n<h2 id=\"gempa\">Gempa</h2>", Render(markdown));
    }
}
