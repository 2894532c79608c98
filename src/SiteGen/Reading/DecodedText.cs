using SiteGen.Engine;

namespace SiteGen.Reading;

/// <summary>The text of an input file after decoding, or null when the file is not usable text.</summary>
public sealed record DecodedText(string? Text, IReadOnlyList<Diagnostic> Diagnostics);
