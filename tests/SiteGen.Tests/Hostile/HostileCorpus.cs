using System.Text;
using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// The hostile articles, written at run time so each one is exactly what it says (a NUL byte, invalid UTF-8, a link,
/// 20 MB) without binary fixtures in the repository. Most file names start with a date so an article is dated by its
/// file name and needs no front matter a case did not ask for; a case that is clean then has no diagnostic at all.
/// </summary>
public static class HostileCorpus
{
    public const string BaseUrl = "https://arsip-berita.example.org/";

    // Before the cases, which read it: static fields are initialised in the order they are written.
    private static readonly string LongTitle = string.Concat(Enumerable.Range(0, 100).Select(i => $"Kata{i % 10} "))[..500];

    public static readonly IReadOnlyList<HostileCase> Cases =
    [
        // Markup and script where text belongs: printed as text, nothing to report.
        new("markup in the title, body and editor line", "seeds/2024-01-01-markup-teks.txt",
            w => w.Site.WriteSeed("2024-01-01-markup-teks.txt",
                "<script>alert('judul')</script><img src=x onerror=alert(1)> & \"kutip\" 'tunggal'\n" +
                "JAKARTA, iNews.id - Paragraf <b onmouseover=\"alert(2)\">tebal</b> </p><script>alert(3)</script>\n" +
                "\"><svg onload=alert(4)> <a href=\"javascript:alert(5)\">klik</a> <iframe src=\"data:text/html,<script>alert(6)</script>\"></iframe>\n" +
                "<x-hostile onclick=alert(7)>--></textarea></title><style>*{display:none}</style>\n" +
                "Editor: <script>alert('editor')</script>\n"),
            Check: site =>
            {
                var page = ArticleTitled(site, "<script>alert('judul')</script><img src=x onerror=alert(1)> & \"kutip\" 'tunggal'");
                Assert.Contains("<script>alert('editor')</script>", page.QuerySelector(".editor")!.TextContent);
                var body = page.QuerySelectorAll(".article-body p").Select(p => p.TextContent).ToList();
                Assert.Equal("Paragraf <b onmouseover=\"alert(2)\">tebal</b> </p><script>alert(3)</script>", body[0]);
                Assert.Equal("<x-hostile onclick=alert(7)>--></textarea></title><style>*{display:none}</style>", body[2]);
            }),

        new("markup in every front matter field", "seeds/2024-01-02-markup-fm.txt",
            w => w.Site.WriteSeed("2024-01-02-markup-fm.txt",
                "---\n" +
                "title: \"<script>alert('fm')</script><img src=x onerror=alert(1)>\"\n" +
                "description: \"\\\"><svg onload=alert(2)>\"\n" +
                "tags: [\"<img src=x onerror=alert(3)>\", \"<x-hostile onclick=alert(4)>\", \"</a><script>alert(5)</script>\"]\n" +
                "editor: \"<b onmouseover=alert(6)>Penyunting</b>\"\n" +
                "city: \"<iframe src=javascript:alert(7)>\"\n" +
                "section: \"<style>body{display:none}</style>\"\n" +
                "slug: \"<script>alert(8)</script>\"\n" +
                "---\nJudul teks\nJAKARTA, iNews.id - Isi.\n"),
            "warning", "slug '<script>alert(8)</script>' is not a clean URL segment",
            site =>
            {
                var page = ArticleTitled(site, "<script>alert('fm')</script><img src=x onerror=alert(1)>");
                Assert.Equal(["</a><script>alert(5)</script>", "<img src=x onerror=alert(3)>", "<x-hostile onclick=alert(4)>"],
                    page.QuerySelectorAll(".tags a").Select(a => a.TextContent).Order(StringComparer.Ordinal));
                Assert.Equal("Editor: <b onmouseover=alert(6)>Penyunting</b>", page.QuerySelector(".editor")!.TextContent);
                Assert.Contains("<iframe src=javascript:alert(7)>", page.QuerySelector(".meta")!.TextContent);
                Assert.Equal("<style>body{display:none}</style>", page.QuerySelector(".section")!.TextContent);
                Assert.EndsWith("/2024/01/02/script-alert-8-script/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            }),

        new("markup and script URLs in the metadata table", "seeds/tabel-a.txt",
            w =>
            {
                w.Site.WriteSeed("tabel-a.txt", "Berita tabel A\nJAKARTA - Isi A.\n");
                w.Site.WriteSeed("tabel-b.txt", "Berita tabel B\nJAKARTA - Isi B.\n");
                w.Site.WriteSeed("_meta.tsv",
                    "filename\tdate\ttags\tcategory\tslug\turl\n" +
                    "tabel-a.txt\t2024-01-03\t<script>alert(1)</script>;<img src=x onerror=alert(2)>\t<svg onload=alert(3)>\t<x-hostile>\tjavascript:alert(4)\n" +
                    "tabel-b.txt\t2024-01-04\tjavascript:alert(5);data:text/html,<script>alert(6)</script>\tjavascript:alert(7)\tdata:text/html,x\t" +
                    "data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==\n");
            },
            "warning", "slug '<x-hostile>' is not a clean URL segment",
            site =>
            {
                var a = ArticleTitled(site, "Berita tabel A");
                Assert.Equal(["<img src=x onerror=alert(2)>", "<script>alert(1)</script>"],
                    a.QuerySelectorAll(".tags a").Select(t => t.TextContent).Order(StringComparer.Ordinal));
                Assert.Equal("<svg onload=alert(3)>", a.QuerySelector(".section")!.TextContent);
                var b = ArticleTitled(site, "Berita tabel B");
                Assert.Equal("javascript:alert(7)", b.QuerySelector(".section")!.TextContent);
                // The url column is kept for reference and never becomes a link.
                foreach (var file in site.HtmlFiles())
                    Assert.DoesNotContain("PHNjcmlwdD5", File.ReadAllText(file));
            }),

        new("javascript: and data: URLs in front matter fields", "seeds/2024-01-05-skema.txt",
            w => w.Site.WriteSeed("2024-01-05-skema.txt",
                "---\n" +
                "title: \"javascript:alert(1)\"\n" +
                "tags: [\"javascript:alert(2)\", \"data:text/html;base64,PHNjcmlwdD4=\", \"vbscript:msgbox(3)\"]\n" +
                "editor: \"javascript:alert(4)\"\n" +
                "city: \"data:text/html,<script>alert(5)</script>\"\n" +
                "section: \"JaVaScRiPt:alert(6)\"\n" +
                "slug: \"javascript:alert(7)\"\n" +
                "url: \"javascript:alert(8)\"\nlink: \"data:text/html,x\"\nimage: \"javascript:alert(9)\"\ncanonical: \"javascript:alert(10)\"\n" +
                "---\nJudul\nIsi.\n"),
            "warning", "slug 'javascript:alert(7)' is not a clean URL segment",
            site =>
            {
                var page = ArticleTitled(site, "javascript:alert(1)");
                Assert.Equal(BaseUrl + "2024/01/05/javascript-alert-7/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
                Assert.Equal(["/tag/data-text-html-base64-phnjcmlwdd4/", "/tag/javascript-alert-2/", "/tag/vbscript-msgbox-3/"],
                    page.QuerySelectorAll(".tags a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
            }),

        // Titles that would be dangerous or empty as a path.
        new("title ../../etc/passwd", "seeds/2024-02-01-jalur.txt",
            w => w.Site.WriteSeed("2024-02-01-jalur.txt", "../../etc/passwd\nIsi tentang jalur.\n"),
            Check: site => Assert.Equal("../../etc/passwd", site.Html("/2024/02/01/etc-passwd/").QuerySelector("h1")!.TextContent)),

        new("title CON", "seeds/2024-02-02-con.txt",
            w => w.Site.WriteSeed("2024-02-02-con.txt", "CON\nIsi.\n"),
            Check: site => Assert.Equal("CON", site.Html("/2024/02/02/con-1/").QuerySelector("h1")!.TextContent)),

        new("title .hidden", "seeds/2024-02-03-tersembunyi.txt",
            w => w.Site.WriteSeed("2024-02-03-tersembunyi.txt", ".hidden\nIsi.\n"),
            Check: site =>
            {
                Assert.Equal(".hidden", site.Html("/2024/02/03/hidden/").QuerySelector("h1")!.TextContent);
                Assert.DoesNotContain(site.AllFiles(), f => f.Split('/').Any(part => part.StartsWith('.') && part != ".sitegen-output"));
            }),

        new("title of 500 characters", "seeds/2024-02-04-panjang.txt",
            w => w.Site.WriteSeed("2024-02-04-panjang.txt", LongTitle + "\nIsi.\n"),
            Check: site =>
            {
                var page = ArticleTitled(site, LongTitle);
                Assert.StartsWith(LongTitle, page.Title);
                var folder = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
                Assert.InRange(folder.Length, 20, 80);
            }),

        new("title of only punctuation", "seeds/2024-02-05-tanda-baca.txt",
            w => w.Site.WriteSeed("2024-02-05-tanda-baca.txt", "!!! ??? ... --- «» “” ¿¡ /\\ <>\nIsi.\n"),
            Check: site => Assert.Equal("!!! ??? ... --- «» “” ¿¡ /\\ <>",
                site.Html("/2024/02/05/2024-02-05-tanda-baca/").QuerySelector("h1")!.TextContent)),

        new("title and file name of only emoji", "seeds/🔥🎉.txt",
            w => w.Site.WriteSeed("🔥🎉.txt", "---\ndate: 2024-02-06\n---\n😀🎉🔥\nIsi.\n"),
            Check: site =>
            {
                var page = ArticleTitled(site, "😀🎉🔥");
                Assert.Matches(@"/2024/02/06/artikel-[0-9a-f]{8}/$", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            }),

        // Size.
        new("a 20 MB article", "seeds/2024-03-01-besar.txt",
            w => w.Site.WriteSeed("2024-03-01-besar.txt", TwentyMegabytes()),
            Check: site =>
            {
                var page = ArticleTitled(site, "Artikel dua puluh megabita");
                Assert.Equal(TwentyMegabyteParagraphs, page.QuerySelectorAll(".article-body p").Length);
            }),

        new("10,000 tags in front matter", "seeds/2024-03-02-banyak-tag.txt",
            w => w.Site.WriteSeed("2024-03-02-banyak-tag.txt",
                "---\ntags: [" + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"t{i}")) + "]\n---\nBanyak tag\nIsi.\n"),
            "warning", "front matter 'tags' lists 10000 tags; only the first 100 are used",
            site =>
            {
                Assert.Equal(100, ArticleTitled(site, "Banyak tag").QuerySelectorAll(".tags a").Length);
                Assert.Equal(100, Directory.GetDirectories(Path.Combine(site.Folder, "tag")).Length);
            }),

        new("10,000 tags making the front matter larger than its limit", "seeds/2024-03-03-tag-terlalu-besar.txt",
            w => w.Site.WriteSeed("2024-03-03-tag-terlalu-besar.txt",
                "---\ntags: [" + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"tag nomor {i}")) + "]\n---\nTag terlalu besar\nIsi.\n"),
            "error", "front matter is larger than 64 KiB; ignored",
            site => ArticleTitled(site, "Tag terlalu besar")), // the block is still split off: the title is the text's

        // YAML built to exhaust the parser.
        new("deeply nested YAML", "seeds/2024-04-01-bersarang.txt",
            w => w.Site.WriteSeed("2024-04-01-bersarang.txt",
                "---\ntitle: " + new string('[', 10_000) + new string(']', 10_000) + "\n" +
                "x: " + string.Concat(Enumerable.Repeat("{a: ", 3_000)) + "1" + new string('}', 3_000) + "\n---\nBersarang\nIsi.\n"),
            "warning", "front matter 'title' has a value of the wrong shape; ignored",
            site => ArticleTitled(site, "Bersarang")),

        new("billion laughs YAML aliases", "seeds/2024-04-02-tawa.txt",
            w => w.Site.WriteSeed("2024-04-02-tawa.txt", BillionLaughs() + "Tawa\nIsi.\n"),
            "warning", "front matter 'tags' has a value of the wrong shape; ignored",
            site => ArticleTitled(site, "Tawa")), // 'title: *i' is ignored too: the title is the text's

        new("YAML the YAML library trips over", "seeds/2024-04-04-yaml-rusak.txt",
            w => w.Site.WriteSeed("2024-04-04-yaml-rusak.txt", "---\n? {\na\n---\nYAML rusak\nIsi.\n"),
            "error", "front matter is not valid YAML",
            site => ArticleTitled(site, "YAML rusak")),

        new("a megabyte of YAML", "seeds/2024-04-03-yaml-besar.txt",
            w => w.Site.WriteSeed("2024-04-03-yaml-besar.txt",
                "---\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"k{i}: [a, b]\n")) + "---\nYAML besar\nIsi.\n"),
            "error", "front matter is larger than 64 KiB; ignored",
            site => ArticleTitled(site, "YAML besar")),

        // Bytes that are not clean text.
        new("a NUL byte", "seeds/2024-05-01-nul.txt",
            w => w.Site.WriteBytes("seeds/2024-05-01-nul.txt", "Judul\0 dengan NUL\nJAKARTA, iNews.id - Isi\0 berita.\n"u8.ToArray()),
            "warning", "contains NUL bytes; they were removed",
            site => ArticleTitled(site, "Judul dengan NUL")),

        new("invalid UTF-8", "seeds/2024-05-02-bukan-utf8.txt",
            w => w.Site.WriteBytes("seeds/2024-05-02-bukan-utf8.txt", [.. "Caf"u8, 0xE9, .. " "u8, 0xFF, 0xFE, .. " judul\nIsi "u8, 0xC3, 0x28, .. ".\n"u8]),
            "warning", "is not valid UTF-8; decoded as Windows-1252",
            site => ArticleTitled(site, "Café ÿþ judul")),

        new("control characters, noncharacters and bidi overrides", "seeds/2024-05-03-kontrol.txt",
            w => w.Site.WriteSeed("2024-05-03-kontrol.txt",
                "---\ntitle: \"Judul\\x01 \\uFFFE bersih\\x1b[2J\"\ntags: [\"a\\uFFFEb\", \"\\x07\"]\ncity: \"KO\\x0bTA\"\n---\n" +
                "Judul teks \uFFFE\nJAKARTA - Isi \u202Eterbalik\u202C dan \uFFFF.\n"),
            Check: site =>
            {
                var page = ArticleTitled(site, "Judul bersih[2J");
                Assert.Equal(["ab"], page.QuerySelectorAll(".tags a").Select(a => a.TextContent));
                Assert.DoesNotContain(page.DocumentElement.OuterHtml, c => char.IsControl(c) && c is not ('\n' or '\t') || c is '\uFFFE' or '\uFFFF');
            }),

        // Links in seeds/ that lead out of the site.
        new("a link to a file outside the site", "seeds/tautan.txt",
            w => File.CreateSymbolicLink(Path.Combine(w.Site.Seeds, "tautan.txt"), Path.Combine(w.Outside, "rahasia.txt")),
            "error", "is a link to a file outside the site; skipped",
            NoSecretAnywhere),

        new("a linked folder outside the site", "seeds/folder-luar",
            w => Directory.CreateSymbolicLink(Path.Combine(w.Site.Seeds, "folder-luar"), Path.Combine(w.Outside, "folder")),
            "error", "is a link to a folder outside the site; skipped",
            NoSecretAnywhere),

        // A Markdown page is the site owner's, but a script link in it runs in a reader's browser all the same.
        new("script links in a Markdown page", "input/jahat.md",
            w => w.Site.WriteBytes("input/jahat.md", Encoding.UTF8.GetBytes(
                "---\ntitle: Jahat\n---\n[klik](javascript:alert(1)) ![g](data:image/svg+xml,<svg/onload=alert(2)>) " +
                "<javascript:alert(3)> [tab](java&#9;script:alert(4)) <script>alert(5)</script>\n")),
            "warning", "is not a safe link target",
            site => Assert.Contains("klik", site.Html("/jahat/").QuerySelector("article")!.TextContent)),
    ];

    public static HostileCase Named(string name) => Cases.Single(c => c.Name == name);

    public const int TwentyMegabyteParagraphs = 23_000;


    private static string TwentyMegabytes()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Paragraf panjang dengan banyak kata untuk artikel yang sangat besar. ", 13)).TrimEnd();
        var sb = new StringBuilder(TwentyMegabyteParagraphs * (paragraph.Length + 1) + 64);
        sb.Append("Artikel dua puluh megabita\n");
        for (var i = 0; i < TwentyMegabyteParagraphs; i++) sb.Append(paragraph).Append('\n');
        return sb.ToString();
    }

    /// <summary>Nine levels of nine aliases each: 387 million strings if a reader expanded them.</summary>
    private static string BillionLaughs()
    {
        var sb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level < 9; level++)
        {
            var name = (char)('a' + level);
            var previous = (char)('a' + level - 1);
            sb.Append(name).Append(": &").Append(name).Append(" [")
              .Append(string.Join(',', Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }
        return sb.Append("tags: *i\ntitle: *i\n---\n").ToString();
    }

    private static void NoSecretAnywhere(BuiltSite site)
    {
        foreach (var file in site.AllFiles())
            Assert.DoesNotContain(HostileSite.Secret, File.ReadAllText(Path.Combine(site.Folder, file)));
    }

    /// <summary>The one article page whose heading reads exactly <paramref name="title"/>.</summary>
    private static IDocument ArticleTitled(BuiltSite site, string title)
    {
        var found = new List<IDocument>();
        foreach (var file in site.HtmlFiles())
        {
            if (!File.ReadAllText(file).Contains("<article class=\"article\"", StringComparison.Ordinal)) continue;
            var page = HtmlPages.Load(file);
            if (page.QuerySelector("article.article h1")?.TextContent == title) found.Add(page);
        }
        return Assert.Single(found);
    }
}
