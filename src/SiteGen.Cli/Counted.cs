using System.Globalization;

namespace SiteGen.Cli;

/// <summary>A count with its noun, singular for one: "1 article", "3 articles", "0 errors".</summary>
public static class Counted
{
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
