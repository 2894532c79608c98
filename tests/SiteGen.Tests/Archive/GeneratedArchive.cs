using System.Globalization;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>
/// One build of a generated archive of a few thousand articles, shared by the tests of <see cref="GeneratedArchiveTests"/>.
/// It is built under the en-US culture on purpose: nothing in the output may depend on the machine's culture.
/// </summary>
public sealed class GeneratedArchive : IAsyncLifetime
{
    public const int Count = 2500;
    public const int EditorPageSize = 5000;

    public TempSite Site { get; } = TempSite.Empty();
    public IReadOnlyList<GeneratedArticle> Articles { get; private set; } = [];
    public BuildResult Result { get; private set; } = null!;
    public BuiltSite Output { get; private set; } = null!;
    public Dictionary<string, GeneratedArticle> ByTitle { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        // One editor page holds every article of its editor (over a thousand): Scriban's loop limit must not cut it.
        Site.Settings($$"""
            title: Arsip Uji
            taxonomies:
              - { name: tag, path: tag, field: tags, title: Tag, feed: true }
              - { name: rubrik, path: rubrik, field: section, title: Rubrik }
              - { name: lokasi, path: lokasi, field: city, title: Lokasi }
              - { name: editor, path: editor, field: editor, title: Editor, pageSize: {{EditorPageSize}} }
            """);
        Articles = GeneratedCorpus.Write(Site.Seeds, Count);
        foreach (var a in Articles) ByTitle.Add(a.Title, a);

        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Result = await Site.BuildLibraryAsync();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
        Output = new BuiltSite(Site.OutputPath());
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }

    public IEnumerable<GeneratedArticle> Dated => Articles.Where(a => a.Date is not null);
}
