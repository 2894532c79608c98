using SiteGen.Tests.Support;

namespace SiteGen.Tests.Tools;

/// <summary>
/// A built site of <see cref="Articles"/> generated articles (<see cref="GeneratedCorpus"/>) with the repo's input/,
/// built once through the CLI the first time a validator test asks for it and shared by those tests.
/// </summary>
public sealed class GeneratedCorpusSite : IDisposable
{
    /// <summary>Enough to paginate the home, every archive month and the popular tags, few enough for two validators in a minute.</summary>
    public const int Articles = 300;

    private readonly Lazy<Task<TempSite>> _site = new(BuildAsync);

    public Task<TempSite> Site => _site.Value;

    private static async Task<TempSite> BuildAsync()
    {
        var site = new TempSite();
        GeneratedCorpus.Write(site.Seeds, Articles);
        var run = await site.BuildAsync("--progress", "none");
        Assert.True(run.ExitCode == 0, run.Error);
        return site;
    }

    public void Dispose()
    {
        if (_site.IsValueCreated && _site.Value.IsCompletedSuccessfully) _site.Value.Result.Dispose();
    }
}
