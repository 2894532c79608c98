namespace SiteGen.Model;

/// <summary>How dates are read from the text where nothing declares them (<c>dates:</c> in site.yml).</summary>
public sealed record DateSettings
{
    /// <summary>The confidence (0–1) below which a date read from the text is not used; null: the one the habits were learnt with.</summary>
    public double? Confidence { get; init; }
    /// <summary>Learn the archive's own habits from its articles with declared dates (front matter, table, file name).</summary>
    public bool Learn { get; init; } = true;
    /// <summary>Dated articles the archive needs before it learns from them.</summary>
    public int LearnFrom { get; init; } = 30;
    /// <summary>Let an undated article take the day its neighbours in file order share, when the archive shows its file order follows the calendar.</summary>
    public bool Neighbours { get; init; } = true;
}
