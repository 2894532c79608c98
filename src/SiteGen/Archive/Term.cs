namespace SiteGen.Archive;

/// <summary>
/// One term of a taxonomy (a tag, a section, a place, an editor) as its pages show it.
/// <see cref="Articles"/> are indices into the archive's article list, so newest first.
/// </summary>
/// <param name="Name">The spelling most articles use, not escaped.</param>
/// <param name="Slug">Unique within the taxonomy, even when two terms slug alike.</param>
/// <param name="Path">The term's folder, e.g. <c>/tag/korea-utara/</c>.</param>
/// <param name="Popular">Among the most used terms of its taxonomy, which the index page highlights.</param>
public sealed record Term(string Name, string Slug, string Path, IReadOnlyList<int> Articles, bool Popular)
{
    public int Count => Articles.Count;
}
