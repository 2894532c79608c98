using SiteGen.Engine;

namespace SiteGen.Rendering;

/// <summary>A template that does not parse or fails while rendering. Fatal: nothing is written.</summary>
public sealed class TemplateException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
