using SiteGen.Engine;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Feeds;
using SiteGen.Modules.Writing;

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
