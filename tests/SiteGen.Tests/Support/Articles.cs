using SiteGen.Model;

namespace SiteGen.Tests.Support;

/// <summary>Article records for tests of the pure archive stages, which never read files.</summary>
public static class Articles
{
    public static Article Make(string file, string? date = null, string[]? tags = null, string? section = null, string? city = null, string? editor = null) => new()
    {
        SourcePath = $"seeds/{file}",
        Title = file,
        Slug = Path.GetFileNameWithoutExtension(file),
        Url = $"/artikel/{Path.GetFileNameWithoutExtension(file)}/",
        Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Tags = tags ?? [],
        Section = section,
        City = city,
        Editor = editor,
    };
}
