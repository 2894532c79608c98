using SiteGen.Incremental;
using SiteGen.Rendering;

namespace SiteGen.Site;

/// <summary>What one build is asked to do. Paths may be relative to the current folder.</summary>
public sealed record BuildOptions
{
    /// <summary>The output folder's name inside the site root when none is given (also what hosts publish).</summary>
    public const string DefaultOutputFolder = "output";

    public required string Root { get; init; }
    /// <summary>Defaults to <c>ROOT/output</c>.</summary>
    public string? Output { get; init; }
    public string? BaseUrl { get; init; }
    /// <summary>Warnings (and broken links) fail the build.</summary>
    public bool Strict { get; init; }
    public bool Drafts { get; init; }
    public bool Future { get; init; }
    /// <summary>What counts as "today" for future-dated articles; none means nothing is in the future.</summary>
    public DateOnly? Clock { get; init; }
    /// <summary>The theme used where the site's own <c>theme/</c> has no file (the tool embeds one).</summary>
    public IThemeLayer? DefaultTheme { get; init; }
    /// <summary>Told of every file written; the CLI draws its progress bar from it. Called from several threads.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }
    /// <summary>
    /// The Pagefind executable that indexes the site for search. Null: the <c>SITEGEN_PAGEFIND</c> environment
    /// variable, else <c>node_modules/.bin/pagefind</c> in the site root or a folder above it.
    /// </summary>
    public string? Pagefind { get; init; }

    /// <summary>
    /// Whether to run Pagefind when it is installed and search is on. The dev server turns it off: indexing takes
    /// seconds on a large archive and would stand between every save and the browser's reload.
    /// </summary>
    public bool SearchIndex { get; init; } = true;

    /// <summary>
    /// Neither read nor write the build cache (<c>.sitegen-cache/</c>): every file is read, analysed and rendered.
    /// Files whose bytes did not change are still left as they are in the output folder.
    /// </summary>
    public bool NoCache { get; init; }

    /// <summary>Keep why each article got each inferred tag (<see cref="Inference.TagReport"/>), for <c>sitegen list</c> and <c>sitegen tags</c>.</summary>
    public bool ExplainTags { get; init; }

    /// <summary>
    /// Set by a process that builds the same site repeatedly (the dev server): each build takes the cache the previous
    /// one left from here instead of reading <c>.sitegen-cache/</c>, and leaves its own here instead of writing it; the
    /// owner writes the file when it suits it (<see cref="BuildCacheHandOff.Save"/>). Null: the file, every build.
    /// </summary>
    public BuildCacheHandOff? CacheHandOff { get; init; }

    public string OutputPath => Path.GetFullPath(Output ?? Path.Combine(Root, DefaultOutputFolder));
}
