using System.Text.RegularExpressions;
using System.Xml;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Builds each hostile input (<see cref="HostileCorpus"/>) through the real CLI in a site with neighbours, and checks
/// what every hostile input must get: the build finishes in time without crashing, a diagnostic names the file when
/// there is something to say, nothing outside the output folder changes, no page carries live markup from the
/// input, and the feeds and sitemap are well-formed XML. Then what the case itself must show.
/// </summary>
public sealed class HostileBuildTests(ITestOutputHelper log)
{
    // Far beyond the slowest case (the 20 MB article, a few seconds): a hang fails here instead of stalling the run.
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var c in HostileCorpus.Cases) names.Add(c.Name);
        return names;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task AHostileInputIsBuiltSafely(string name)
    {
        var hostile = HostileCorpus.Named(name);
        using var world = new HostileSite();
        hostile.Write(world);
        var before = world.SnapshotAllButOutput();

        var run = await world.Site.BuildAsync("--progress", "none").WaitAsync(BuildTimeout);
        log.WriteLine(run.Error);

        Assert.DoesNotContain("Unhandled exception", run.Error);
        Assert.Equal(hostile.ExpectedExitCode, run.ExitCode);
        AssertDiagnostics(hostile, run.Error);
        Assert.Empty(world.SnapshotAllButOutput().ChangesSince(before));

        var site = new BuiltSite(world.Site.Output, HostileCorpus.BaseUrl);
        var pages = site.HtmlFiles();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var problems = LiveMarkup.Find(HtmlPages.Load(page));
            Assert.True(problems.Count == 0, $"{Path.GetRelativePath(site.Folder, page)}:\n{string.Join('\n', problems)}");
        }
        var xml = site.AllFiles().Where(f => f.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.Contains("sitemap.xml", xml);
        Assert.Contains("feed.xml", xml);
        foreach (var file in xml) AssertWellFormed(Path.Combine(site.Folder, file));

        hostile.Check?.Invoke(site);
    }

    /// <summary>The expected diagnostic names the file; a case with none expected has no line naming its file.</summary>
    private static void AssertDiagnostics(HostileCase hostile, string error)
    {
        var naming = error.Split('\n')
            .Where(line => line.StartsWith(hostile.File + ":", StringComparison.Ordinal))
            .ToList();
        if (hostile.Severity is null)
        {
            Assert.Empty(naming);
            return;
        }
        Assert.Contains(naming, line =>
            Regex.IsMatch(line, $@"^{Regex.Escape(hostile.File)}(:\d+)?: {hostile.Severity}: ")
            && line.Contains(hostile.Message!, StringComparison.Ordinal));
    }

    private static void AssertWellFormed(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
        }
    }
}
