namespace SiteGen.Rendering.Views;

/// <summary>The periods either side of a month page (older and newer months that have articles); null at either end.</summary>
public sealed record PeriodNavView(LinkView? Prev, LinkView? Next);
