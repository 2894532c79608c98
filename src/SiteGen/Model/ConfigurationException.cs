using SiteGen.Engine;

namespace SiteGen.Model;

/// <summary>A problem with settings, the theme or the command line: nothing is written, exit code 2.</summary>
public sealed class ConfigurationException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
