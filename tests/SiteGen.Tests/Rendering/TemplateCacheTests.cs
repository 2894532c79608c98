using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public class TemplateCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Theme WriteTheme(string baseLayout, string partial)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "layouts"));
        Directory.CreateDirectory(Path.Combine(_folder, "partials"));
        File.WriteAllText(Path.Combine(_folder, "layouts", "_base.sbn"), baseLayout);
        File.WriteAllText(Path.Combine(_folder, "partials", "footer.sbn"), partial);
        return new Theme([new DirectoryThemeLayer(_folder, "theme")]);
    }

    [Fact]
    public void AnUnchangedFileKeepsItsParsedTemplateAndAnEditedOneIsParsedAgain()
    {
        var first = new TemplateCache(WriteTheme("<main>{{ content }}</main>", "<footer>{{ site.title }}</footer>"));
        var second = new TemplateCache(WriteTheme("<main>{{ content }}</main>", "<footer>Baru {{ site.title }}</footer>"), first);

        Assert.Same(first.Get("layouts/_base.sbn"), second.Get("layouts/_base.sbn"));
        Assert.NotSame(first.Get("partials/footer.sbn"), second.Get("partials/footer.sbn"));
        Assert.Equal("<footer>Baru x</footer>", second.Get("partials/footer.sbn").Render(new { site = new { title = "x" } }));
    }

    [Fact]
    public void AnEditThatBreaksATemplateIsReportedEvenWithAPreviousCache()
    {
        var first = new TemplateCache(WriteTheme("<main>{{ content }}</main>", "<footer></footer>"));
        var error = Assert.Throws<TemplateException>(() => new TemplateCache(WriteTheme("<main>{{ content </main>", "<footer></footer>"), first));
        Assert.Contains("_base.sbn", error.Diagnostic.File);
    }
}
