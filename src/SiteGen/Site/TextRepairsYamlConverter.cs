using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace SiteGen.Site;

/// <summary>
/// Reads <c>text.repair</c>: <c>true</c> or <c>false</c> for every repair at once, or a mapping of repair names
/// (<see cref="TextRepairNames"/>) to <c>true</c>/<c>false</c>, where a repair not named stays on. A misspelt name is
/// an error rather than a repair silently left on.
/// </summary>
internal sealed class TextRepairsYamlConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(TextRepairs);

    public object ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        if (parser.TryConsume<Scalar>(out var all)) return ReadSwitch(all, "text.repair") ? TextRepairs.All : TextRepairs.None;

        var start = parser.Current?.Start ?? Mark.Empty;
        if (!parser.TryConsume<MappingStart>(out _))
            throw new YamlException(start, start, "text.repair must be true, false or a mapping such as { teaser: false }");
        var repairs = TextRepairs.All;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (!TextRepairNames.TryParse(key.Value, out var repair))
                throw new YamlException(key.Start, key.End,
                    $"text.repair has no repair '{key.Value}'; the repairs are {string.Join(", ", TextRepairNames.All.Select(r => r.Name))}");
            var value = parser.Current is Scalar s ? s : null;
            if (value is null) throw new YamlException(key.Start, key.End, $"text.repair.{key.Value} must be true or false");
            parser.MoveNext();
            repairs = ReadSwitch(value, $"text.repair.{key.Value}") ? repairs | repair : repairs & ~repair;
        }
        return repairs;
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException("site settings are only read");

    // The spellings YamlDotNet reads as booleans, as SettingsShapeCheck accepts them.
    private static bool ReadSwitch(Scalar scalar, string key) => scalar.Value.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" or "y" => true,
        "false" or "no" or "off" or "n" => false,
        _ => throw new YamlException(scalar.Start, scalar.End, $"{key} must be true or false, not '{scalar.Value}'"),
    };
}
