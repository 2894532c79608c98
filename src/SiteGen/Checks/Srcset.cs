namespace SiteGen.Checks;

/// <summary>The image URLs of a <c>srcset</c> attribute (<c>a.jpg 1x, b.jpg 2x</c>), without their descriptors.</summary>
internal static class Srcset
{
    /// <summary>
    /// Follows the HTML candidate grammar loosely: a URL runs to the next whitespace, and a comma ends a candidate
    /// only outside parentheses, so descriptors never leak into URLs. A URL's own trailing commas are separators.
    /// </summary>
    public static List<string> Urls(string srcset)
    {
        var urls = new List<string>(2);
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ',')) i++;
            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i])) i++;
            var url = srcset[start..i];
            var endsCandidate = url.EndsWith(',');
            url = url.TrimEnd(',');
            if (url.Length > 0) urls.Add(url);
            if (endsCandidate) continue;

            var depth = 0;
            while (i < srcset.Length)
            {
                var c = srcset[i++];
                if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
                else if (c == ',' && depth == 0) break;
            }
        }
        return urls;
    }
}
