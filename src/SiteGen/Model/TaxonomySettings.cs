namespace SiteGen.Model;

/// <summary>One taxonomy: a metadata field turned into index pages at <c>/{path}/{term}/</c>.</summary>
public sealed record TaxonomySettings
{
    /// <summary>Key the theme knows the taxonomy by (also the template name <c>taxonomy</c>/<c>term</c> receive).</summary>
    public string Name { get; init; } = "";
    public string Path { get; init; } = "";
    /// <summary>Article field: tags, section, city or editor.</summary>
    public string Field { get; init; } = "";
    /// <summary>Heading of the index page, e.g. "Tag", "Rubrik".</summary>
    public string Title { get; init; } = "";
    public int? PageSize { get; init; }
    /// <summary>Whether each term also gets an Atom feed.</summary>
    public bool Feed { get; init; }
    /// <summary>How many of the most used terms the index page highlights (when it has more terms than that).</summary>
    public int Popular { get; init; } = 10;
    /// <summary>
    /// The index page lists every term while there are at most this many; past that it lists this many of the most
    /// used, and pages by first letter list them all.
    /// </summary>
    public int Top { get; init; } = 100;
    /// <summary>Terms on one page of a letter of the index.</summary>
    public int IndexPageSize { get; init; } = 300;

    public static List<TaxonomySettings> Defaults() =>
    [
        new() { Name = "tag", Path = "tag", Field = "tags", Title = "Tag", Feed = true },
        new() { Name = "rubrik", Path = "rubrik", Field = "section", Title = "Rubrik", Feed = true },
        new() { Name = "lokasi", Path = "lokasi", Field = "city", Title = "Lokasi" },
        new() { Name = "editor", Path = "editor", Field = "editor", Title = "Editor" },
    ];
}
