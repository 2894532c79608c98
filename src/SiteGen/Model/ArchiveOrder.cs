namespace SiteGen.Model;

/// <summary>The archive's one ordering: newest first, undated last, ties broken by source path.</summary>
public static class ArchiveOrder
{
    public static readonly Comparison<Article> NewestFirst = (a, b) =>
    {
        if (a.Date != b.Date)
        {
            if (a.Date is null) return 1;
            if (b.Date is null) return -1;
            return b.Date.Value.CompareTo(a.Date.Value);
        }
        return string.CompareOrdinal(a.SourcePath, b.SourcePath);
    };
}
