using SiteGen.Model;

namespace SiteGen.Inference.Sections;

/// <summary>
/// The sections the classifier chose in the last build, for the next one to reuse: each classified article's guess
/// (the section's slug, or null when the classifier knew none of its words) by the key of the words it was made from
/// (<see cref="SectionInference.Input.Key"/>), and the fingerprint of the classifier that made them
/// (<see cref="SectionInference.ClassifierKey"/>). A guess is a pure function of those two, so a build whose
/// classifier has the same fingerprint takes the guess of every article whose key is known instead of classifying it
/// again; the classifier changes only when an article that teaches it (one that declares a section) or the section
/// settings change. Explanations (<see cref="SectionGuess.Words"/>) are not kept: a build does not make them.
/// </summary>
public sealed record SectionMemory(Hash128 Classifier, IReadOnlyDictionary<Hash128, string?> Guesses);
