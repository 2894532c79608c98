namespace SiteGen.Inference.Sections;

/// <summary>
/// What the classifier decided for one article: the section (its slug), the section that came second, and the words
/// that weighed most for the winner against the runner-up, strongest first (what <c>sitegen list</c> shows).
/// </summary>
public sealed record SectionGuess(string Section, string? RunnerUp, IReadOnlyList<string> Words);
