namespace SiteGen.Model;

/// <summary>
/// The names of the metadata documents carry between modules, in one place, so a module that reads a value names the
/// key rather than the module that happens to set it. Each says what its value is and which step sets it.
/// </summary>
public static class DocumentKeys
{
    /// <summary>The <c>Article</c> record; set when the seed file is read, replaced by inference (date, tags, URL, summary).</summary>
    public const string Article = "Article";

    /// <summary>The <c>ArticleEvidence</c> inference works from; set when the seed file is read, removed by inference.</summary>
    public const string Evidence = "Evidence";

    /// <summary>The <c>ContentHash</c> of the article's seed file, from which its page reads the text again.</summary>
    public const string SourceHash = "SourceHash";

    /// <summary>The <c>SiteTaxonomies</c> of the whole archive, the same object on every article document.</summary>
    public const string Taxonomies = "Taxonomies";

    /// <summary>The <c>ArticleSummaryView</c> lists show of an article, made once and shared by every list.</summary>
    public const string Summary = "Summary";

    /// <summary>The <c>MarkdownPage</c> read from <c>input/**/*.md</c>.</summary>
    public const string MarkdownPage = "MarkdownPage";

    /// <summary>The <c>AssetFile</c> a theme asset or static file is copied from.</summary>
    public const string Asset = "Asset";

    /// <summary>
    /// The <c>SitemapEntry</c> of a page the sitemap lists: list pages carry one, so the sitemap lists exactly the pages
    /// that are written, with no second copy of the pagination rules.
    /// </summary>
    public const string SitemapEntry = "SitemapEntry";

    /// <summary>
    /// A document's fingerprint: a <see cref="Hash128"/> of everything its content is made from (or a
    /// <c>Func&lt;Hash128&gt;</c> that computes it), see <see cref="Fingerprint"/>. An unchanged fingerprint and file
    /// spare the render.
    /// </summary>
    public const string Fingerprint = "Fingerprint";

    /// <summary>
    /// Content written as UTF-8 bytes (an <c>Action&lt;Stream&gt;</c>) instead of made as a string: for big generated
    /// files such as feeds and the sitemap, whose text would be a large object per file.
    /// </summary>
    public const string Utf8Content = "Utf8Content";
}
