using SiteGen.Engine;
using SiteGen.Modules.Assets;

namespace SiteGen.Pipelines;

/// <summary>Theme assets (fingerprinted) and the site's static files, copied as they are.</summary>
public sealed class AssetsPipeline : Pipeline
{
    public AssetsPipeline() : base("Assets")
    {
        Process.Add(new CollectAssetsModule());
        Output.Add(new CopyAssetsModule());
    }
}
