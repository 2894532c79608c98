using System.Text;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public class CheckCommandTests
{
    private static Task<CliRun> Check(TempSite site, params string[] extra) => site.RunAsync("check", extra);

    [Fact]
    public async Task TheBuildReportsABrokenLinkNamingThePageAndStrictFailsOnIt()
    {
        using var site = new TempSite();
        site.WriteBytes("theme/partials/footer.sbn", Encoding.UTF8.GetBytes("<footer><a href=\"{{ link '/tidak-ada/' }}\">x</a></footer>"));

        var run = await site.BuildAsync();
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("index.html: warning: href=\"/tidak-ada/\" points to tidak-ada/index.html, which is not in the output", run.Error);

        var strict = await site.BuildAsync("--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("index.html: error: <a href=\"/tidak-ada/\">", strict.Error);
    }

    [Fact]
    public async Task CheckRunsTheFullPassOnAnExistingOutputFolder()
    {
        using var site = new TempSite();
        site.WriteBytes("theme/partials/footer.sbn", Encoding.UTF8.GetBytes("<footer><a href=\"#tidak-ada\">x</a><img src=\"{{ site.assets['style.css'] }}\"></footer>"));
        await site.BuildAsync();

        var run = await Check(site);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("index.html: warning: <a href=\"#tidak-ada\"> points to #tidak-ada", run.Error);
        Assert.Contains("has no alt attribute", run.Error);
        Assert.Contains("missing fragment target", run.Output);

        Assert.Equal(1, (await Check(site, "--strict")).ExitCode);
    }

    [Fact]
    public async Task CheckWithoutABuiltSiteSaysWhatToDo()
    {
        using var site = new TempSite();
        var run = await Check(site);
        Assert.Equal(SiteGenCli.UsageError, run.ExitCode);
        Assert.Contains("run 'sitegen build' first", run.Error);
    }

    [Fact]
    public async Task CheckWithAMissingRootNamesTheRoot()
    {
        var missing = Path.Combine(Path.GetTempPath(), "tidak-ada-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await SiteGenCli.RunAsync(["check", "--root", missing], output, error);
        Assert.Equal(SiteGenCli.UsageError, code);
        Assert.Contains($"the site folder '{missing}' does not exist", error.ToString());
        Assert.DoesNotContain("output", error.ToString());
    }
}
