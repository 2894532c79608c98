using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Incremental;

/// <summary>
/// An article's summary view and the record it was made from, kept by the dev server from one rebuild to the next
/// (<see cref="BuildCache.Summaries"/>).
/// </summary>
public sealed record KeptSummary(Article From, ArticleSummaryView View);
