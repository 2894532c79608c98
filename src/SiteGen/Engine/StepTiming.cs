namespace SiteGen.Engine;

/// <summary>How long one step of a build took (a pipeline's phase, the link check, the swap); <c>--timings</c> prints them.</summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed);
