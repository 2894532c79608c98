namespace SiteGen.Engine;

/// <summary>One step of a pipeline phase: documents in, documents out.</summary>
public interface IModule
{
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context);
}

/// <summary>A module written as a lambda, for one-off steps that do not deserve a type.</summary>
public sealed class DelegateModule(Func<IReadOnlyList<Document>, PipelineContext, Task<IReadOnlyList<Document>>> execute) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) => execute(inputs, context);
}
