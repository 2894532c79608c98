using SiteGen.Inference.Sections;

namespace SiteGen.Inference;

/// <summary>
/// Where an article's tag findings and words lie while they are not decoded (the build cache's payload): one small
/// object per article that reads them again on each call. Two delegates with a closure each cost 192 bytes an article
/// for the same (48 MB at 250,000 articles, live from reading through inference, the build's peak).
/// </summary>
public abstract class StoredEvidence
{
    /// <summary>The tag findings, decoded again; null when tags were disabled.</summary>
    public abstract TagFindings? LoadTags();

    /// <summary>The section words, decoded again.</summary>
    public abstract WordBag LoadWords();
}
