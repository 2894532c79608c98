using System.Globalization;
using System.Reflection;
using SiteGen.Engine;
using SiteGen.Model;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization.NamingConventions;

namespace SiteGen.Site;

/// <summary>
/// Checks the parsed site.yml against what <see cref="SiteSettings"/> can hold before YamlDotNet maps it, so that a
/// mistake is told in the words of the file (a key, a value, a line) rather than in .NET's: an unknown key with the
/// nearest known one, a number that is not one, text where a list belongs.
/// </summary>
public static class SettingsShapeCheck
{
    /// <summary>The first problem of <paramref name="root"/> as a diagnostic, or null when the file fits the settings.</summary>
    public static Diagnostic? Check(YamlNode root, string file) => CheckNode(root, typeof(SiteSettings), "", file);

    private static Diagnostic? CheckNode(YamlNode node, Type type, string name, string file)
    {
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" } && IsNullable(type)) return null;
        var target = Nullable.GetUnderlyingType(type) ?? type;

        if (target == typeof(string))
            return node is YamlScalarNode ? null : Problem(node, file, $"{name} must be text, got {Describe(node)}");
        if (target == typeof(int))
            return node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? null
                : Problem(node, file, $"{name} must be a whole number, got {Describe(node)}");
        if (target == typeof(bool))
            return node is YamlScalarNode { Value: { } b } && IsBool(b) ? null : Problem(node, file, $"{name} must be true or false, got {Describe(node)}");

        if (target == typeof(TextRepairs)) return CheckRepairs(node, name, file);

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            if (node is not YamlMappingNode map) return Problem(node, file, $"{name} must be a list of 'key: value' lines, got {Describe(node)}");
            var valueType = target.GetGenericArguments()[1];
            foreach (var (key, value) in map.Children)
                if (CheckNode(value, valueType, $"{name}.{Text(key)}", file) is { } d) return d;
            return null;
        }
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (node is not YamlSequenceNode list) return Problem(node, file, $"{name} must be a list ('- item' lines or [a, b]), got {Describe(node)}");
            var itemType = target.GetGenericArguments()[0];
            var i = 0;
            foreach (var item in list.Children)
                if (CheckNode(item, itemType, $"{name}[{++i}]", file) is { } d) return d;
            return null;
        }

        // A settings record: every key must be one of its properties, named as site.yml names them (camelCase).
        if (node is not YamlMappingNode mapping)
            return Problem(node, file, $"{(name.Length == 0 ? "the file" : name)} must be a group of 'key: value' lines, got {Describe(node)}");
        var properties = Properties(target);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Text(keyNode);
            var path = name.Length == 0 ? key : $"{name}.{key}";
            if (!properties.TryGetValue(key, out var property))
            {
                var known = Nearest(key, properties.Keys);
                var where = name.Length == 0 ? "" : $" in {name}";
                return Problem(keyNode, file, known is null
                    ? $"unknown setting '{key}'{where}; known settings here: {string.Join(", ", properties.Keys.Order(StringComparer.Ordinal))}"
                    : $"unknown setting '{key}'{where} — did you mean '{known}'?");
            }
            if (CheckNode(value, property.PropertyType, path, file) is { } d) return d;
        }
        return null;
    }

    /// <summary><c>text.repair</c>: true or false for every repair, or a group of repair names each set true or false.</summary>
    private static Diagnostic? CheckRepairs(YamlNode node, string name, string file)
    {
        if (node is YamlScalarNode { Value: { } all }) return IsBool(all) ? null : Problem(node, file, $"{name} must be true, false or a group such as 'teaser: false', got {Describe(node)}");
        if (node is not YamlMappingNode map) return Problem(node, file, $"{name} must be true, false or a group such as 'teaser: false', got {Describe(node)}");
        var known = TextRepairNames.All.Select(r => r.Name).ToList();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = Text(keyNode);
            if (!TextRepairNames.TryParse(key, out _))
            {
                var nearest = Nearest(key, known);
                return Problem(keyNode, file, nearest is null
                    ? $"unknown repair '{key}' in {name}; the repairs are {string.Join(", ", known)}"
                    : $"unknown repair '{key}' in {name} — did you mean '{nearest}'?");
            }
            if (CheckNode(value, typeof(bool), $"{name}.{key}", file) is { } d) return d;
        }
        return null;
    }

    private static Dictionary<string, PropertyInfo> Properties(Type type)
    {
        var result = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (p.SetMethod is not null) result[CamelCaseNamingConvention.Instance.Apply(p.Name)] = p;
        return result;
    }

    /// <summary>The known key a person most likely meant: the same but for case, else one or two letters off.</summary>
    private static string? Nearest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var k in known.Order(StringComparer.Ordinal))
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) return k;
            var d = Distance(key.ToLowerInvariant(), k.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (k, d);
        }
        return bestDistance <= (key.Length <= 3 ? 1 : 2) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    // The spellings YamlDotNet reads as booleans.
    private static bool IsBool(string value) => value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n";

    private static string Text(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.ToString();

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"\"{s.Value}\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a group of 'key: value' lines",
        _ => "something else",
    };

    private static Diagnostic Problem(YamlNode node, string file, string message) =>
        Diagnostic.Error(file, message, (int)node.Start.Line);
}
