using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Modules.Assets;

/// <summary>Writes the collected asset files (those whose bytes changed, when the output folder already has them).</summary>
public sealed class CopyAssetsModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var output = context.Service<SiteContext>().Output;
        foreach (var doc in inputs)
        {
            var asset = doc.Get<AssetFile>(DocumentKeys.Asset);
            output.Write(asset.Destination, asset.Bytes(), default);
        }
        return Task.FromResult(inputs);
    }
}
