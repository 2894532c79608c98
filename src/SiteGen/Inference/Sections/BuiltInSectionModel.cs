namespace SiteGen.Inference.Sections;

/// <summary>
/// The word counts shipped with SiteGen (<c>sections-model.tsv</c>, embedded): learnt from the Okezone and SINDOnews
/// articles of the CLICK-ID dataset (CC BY 4.0) by <c>tests/SiteGen.Tests/Inference/Sections/SectionModelTraining.cs</c>,
/// for the default sections by slug. Read once, on first use; callers copy it before adding to it.
/// </summary>
public static class BuiltInSectionModel
{
    private const string ResourceName = "SiteGen.Inference.Sections.sections-model.tsv";

    private static readonly Lazy<SectionCounts> Embedded = new(() =>
    {
        using var stream = typeof(BuiltInSectionModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return SectionModelFile.Read(reader);
    });

    public static SectionCounts Counts => Embedded.Value;
}
