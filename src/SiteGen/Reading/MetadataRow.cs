namespace SiteGen.Reading;

/// <summary>
/// One row of <c>seeds/_meta.tsv</c>: what a person knows about an article that its text does not say.
/// Null means the cell was empty or the column is absent.
/// </summary>
/// <param name="FileName">Path relative to <c>seeds/</c>, forward slashes: the key.</param>
/// <param name="Line">Line of the row in the table, for diagnostics.</param>
/// <param name="Url">The article's original address (the <c>url</c> column), kept for reference.</param>
public sealed record MetadataRow(
    string FileName,
    int Line,
    DateOnly? Date = null,
    IReadOnlyList<string>? Tags = null,
    string? Category = null,
    string? Slug = null,
    string? Url = null);
