using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// An article as inference was given it (<paramref name="From"/>) and as inference gave it back, kept by the dev server
/// from one rebuild to the next (<see cref="BuildCache.Inferred"/>).
/// </summary>
public sealed record InferredArticle(Article From, Article Article);
