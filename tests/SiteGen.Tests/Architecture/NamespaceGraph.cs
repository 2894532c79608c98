using Mono.Cecil;
using Mono.Cecil.Cil;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled code: base types, interfaces, fields,
/// properties, signatures, attributes, locals and every type, method and field a method body names. Compiler-made
/// types (lambdas, iterators, async state machines) count as the type that declared them.
/// </summary>
internal sealed class NamespaceGraph
{
    /// <summary>From namespace, to namespace, and one example of a use ("Type -> Type") for the message.</summary>
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    public IEnumerable<(string From, string To, string Example)> Edges =>
        _edges.SelectMany(e => e.Value.Select(to => (e.Key, to.Key, to.Value)));

    public static NamespaceGraph Of(string assemblyPath, string rootNamespace)
    {
        var graph = new NamespaceGraph();
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.GetTypes())
        {
            var from = Outermost(type)!;
            if (!InRoot(from.Namespace, rootNamespace)) continue;
            graph._edges.TryAdd(from.Namespace, new Dictionary<string, string>(StringComparer.Ordinal));
            foreach (var used in UsedBy(type))
            {
                if (Outermost(used) is not { } target || !InRoot(target.Namespace, rootNamespace) || target.Namespace == from.Namespace) continue;
                graph._edges[from.Namespace].TryAdd(target.Namespace, $"{from.FullName} uses {target.FullName}");
            }
        }
        return graph;
    }

    /// <summary>The namespaces that reach each other both ways: every strongly connected group of more than one (Tarjan).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in Targets(v))
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                group.Add(x);
            } while (x != v);
            if (group.Count > 1) cycles.Add(group.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var v in _edges.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(v)) Visit(v);
        return cycles;
    }

    private IEnumerable<string> Targets(string from) =>
        _edges.TryGetValue(from, out var to) ? to.Keys.Order(StringComparer.Ordinal) : [];

    private static bool InRoot(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static TypeReference? Outermost(TypeReference? type)
    {
        while (type is not null)
        {
            type = type.GetElementType();
            if (type.DeclaringType is null) return type;
            type = type.DeclaringType;
        }
        return null;
    }

    private static IEnumerable<TypeReference> UsedBy(TypeDefinition type)
    {
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var i in type.Interfaces) yield return i.InterfaceType;
        foreach (var a in type.CustomAttributes) yield return a.AttributeType;
        foreach (var g in type.GenericParameters)
            foreach (var c in g.Constraints) yield return c.ConstraintType;
        foreach (var f in type.Fields) yield return f.FieldType;
        foreach (var p in type.Properties) yield return p.PropertyType;
        foreach (var e in type.Events) yield return e.EventType;
        foreach (var m in type.Methods)
        {
            foreach (var t in Signature(m)) yield return t;
            foreach (var a in m.CustomAttributes) yield return a.AttributeType;
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) yield return v.VariableType;
            foreach (var instruction in m.Body.Instructions)
                foreach (var t in Operand(instruction)) yield return t;
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference t => Expand(t),
        MethodReference m => Signature(m),
        FieldReference f => Expand(f.DeclaringType).Concat(Expand(f.FieldType)),
        _ => [],
    };

    private static IEnumerable<TypeReference> Signature(MethodReference m)
    {
        foreach (var t in Expand(m.DeclaringType)) yield return t;
        foreach (var t in Expand(m.ReturnType)) yield return t;
        foreach (var p in m.Parameters)
            foreach (var t in Expand(p.ParameterType)) yield return t;
        if (m is GenericInstanceMethod generic)
            foreach (var a in generic.GenericArguments)
                foreach (var t in Expand(a)) yield return t;
    }

    /// <summary>A type with the type arguments inside it: <c>List&lt;Article&gt;</c> uses Article too.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type;
        if (type is TypeSpecification spec)
            foreach (var t in Expand(spec.ElementType)) yield return t;
        if (type is GenericInstanceType generic)
            foreach (var a in generic.GenericArguments)
                foreach (var t in Expand(a)) yield return t;
    }
}
