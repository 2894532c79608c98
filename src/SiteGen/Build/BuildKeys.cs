using System.Globalization;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Build;

/// <summary>
/// The keys that decide what the cache may give back. Each hashes everything its part depends on; anything left out
/// would let a stale result through, so when in doubt a key takes more in.
/// </summary>
public static class BuildKeys
{
    /// <summary>
    /// This build of the tool and the runtime under it: the assemblies' module ids change with any change to their
    /// code, and the runtime's version covers the encoders, culture data and hashing it brings.
    /// </summary>
    public static Hash128 Tool()
    {
        var f = new Fingerprint()
            .Add(typeof(BuildKeys).Assembly.ManifestModule.ModuleVersionId.ToString())
            .Add(System.Reflection.Assembly.GetEntryAssembly()?.ManifestModule.ModuleVersionId.ToString())
            .Add(Environment.Version.ToString());
        return f.Value;
    }

    /// <summary>What reading and analysing one seed file depends on besides its bytes: the tool, the tag settings and the text repairs.</summary>
    public static Hash128 Analysis(TagSettings tags, TextSettings text)
    {
        return tags.AddTo(new Fingerprint().Add(Tool())).Add((int)text.Repair).Value;
    }

    /// <summary>
    /// What every rendered page depends on besides its own data: the tool, the settings file, the options that change
    /// output, every theme file of every layer (the default theme included), the locale's calendar names and whether
    /// a search index will be built.
    /// </summary>
    public static Hash128 Render(string root, BuildOptions options, SiteSettings settings, Theme theme, string? pagefind)
    {
        var f = new Fingerprint().Add(Tool());
        var settingsFile = Path.Combine(root, "input", "site.yml");
        f.Add(File.Exists(settingsFile) ? Fingerprint.OfBytes(File.ReadAllBytes(settingsFile)) : default);
        f.Add(settings.BaseUrl).Add(options.Drafts).Add(options.Future).Add(options.Clock?.DayNumber ?? -1).Add(options.Strict);
        f.Add(pagefind is not null);
        var names = CultureInfo.GetCultureInfo(settings.Locale).DateTimeFormat;
        f.Add(names.MonthNames).Add(names.DayNames).Add(new DateOnly(2023, 7, 27).ToString(settings.DateFormat, CultureInfo.GetCultureInfo(settings.Locale)));
        foreach (var layer in theme.Layers)
        {
            f.Add(layer.Describe(""));
            foreach (var file in ThemeFiles.All(layer))
                f.Add(file).Add(Fingerprint.OfBytes(layer.ReadBytes(file)));
        }
        return f.Value;
    }
}
