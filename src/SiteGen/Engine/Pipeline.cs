namespace SiteGen.Engine;

/// <summary>A named list of modules per phase, with the names of the pipelines it depends on.</summary>
public class Pipeline
{
    public Pipeline(string name) => Name = name;

    public string Name { get; }
    public List<string> Dependencies { get; } = [];
    public List<IModule> Input { get; } = [];
    public List<IModule> Process { get; } = [];
    public List<IModule> PostProcess { get; } = [];
    public List<IModule> Output { get; } = [];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}
