using SiteGen.Model;

namespace SiteGen.Preview;

/// <summary>An article page of the last build, to preview it from.</summary>
/// <param name="Index">Its place in the archive's order, which its neighbours and related articles are found by.</param>
/// <param name="Given">The record reading gave inference.</param>
/// <param name="Shown">The record its page was made from.</param>
public sealed record PreviewSource(int Index, Article Given, Article Shown);
