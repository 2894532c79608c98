using SiteGen.Engine;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Dates;
using SiteGen.Modules.Writing;

namespace SiteGen.Pipelines;

/// <summary>The date archive: years, months, a month's articles and the undated ones (<see cref="DateArchivePagesModule"/>).</summary>
public sealed class DateArchivePipeline : Pipeline
{
    public const string PipelineName = "DateArchive";

    public DateArchivePipeline() : base(PipelineName)
    {
        Dependencies.Add(ArchiveInputs.ArticlesPipeline);
        // Pages are made in Process (rendered only when written) so the sitemap can list them.
        Process.Add(new DateArchivePagesModule());
        Output.Add(new WriteDocumentsModule());
    }
}
