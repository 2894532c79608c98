using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Output;

namespace SiteGen.Pipelines;

/// <summary>The site's Atom feed and the per-term feeds (<see cref="FeedsModule"/>).</summary>
public sealed class FeedsPipeline : Pipeline
{
    public FeedsPipeline() : base("Feeds")
    {
        Dependencies.Add(ArchiveInputs.ArticlesPipeline);
        Process.Add(new FeedsModule());
        Output.Add(new WriteDocumentsModule());
    }
}
