using SiteGen.Engine;
using SiteGen.Site;

namespace SiteGen.Output;

/// <summary>Writes the collected asset files.</summary>
public sealed class CopyAssetsModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var writer = context.Service<SiteContext>().Writer;
        foreach (var doc in inputs)
        {
            var asset = doc.Get<AssetFile>(CollectAssetsModule.AssetKey);
            writer.WriteBytes(asset.Destination, asset.Bytes());
        }
        return Task.FromResult(inputs);
    }
}
