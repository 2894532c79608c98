using Scriban.Parsing;

namespace SiteGen.Rendering;

/// <summary>
/// Where a block that lacks its <c>end</c> starts. Scriban reports a missing <c>end</c> at the statement it was
/// parsing when it gave up, lines after the <c>if</c> a theme author has to fix; this finds the opening line by
/// pairing block keywords with their <c>end</c>s in the template's tokens.
/// </summary>
public static class UnclosedBlock
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "if", "for", "while", "case", "capture", "with", "func", "tablerow", "wrap",
    };

    /// <summary>The 1-based line of the innermost unclosed <paramref name="keyword"/> block, or null when none is found.</summary>
    public static int? LineOf(string text, string keyword)
    {
        var open = new List<(string Keyword, int Line)>();
        var statementStart = false;
        foreach (var token in new Lexer(text))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter:
                case TokenType.NewLine:
                case TokenType.SemiColon:
                    statementStart = true;
                    continue;
                case TokenType.Identifier when statementStart:
                    var word = token.GetText(text);
                    if (Openers.Contains(word)) open.Add((word, token.Start.Line + 1));
                    else if (word == "end" && open.Count > 0) open.RemoveAt(open.Count - 1);
                    break;
            }
            statementStart = false;
        }
        for (var i = open.Count - 1; i >= 0; i--)
            if (open[i].Keyword == keyword) return open[i].Line;
        return null;
    }
}
