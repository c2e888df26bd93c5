namespace Groundplan.Retrieve.Terms;

/// <summary>One stem to look for, how much it counts, and the request word it came from (for reasons).</summary>
/// <param name="Stem">The stemmed, lower-case form matched against the code.</param>
/// <param name="Word">The word as the request wrote it, lower-cased.</param>
/// <param name="Weight">1 for request words, less for story words and synonyms.</param>
/// <param name="IsSynonym">Whether the term was added by the synonym table.</param>
/// <param name="IsImplied">Whether the term was implied by a request word rather than named ("default" implies a setting); <paramref name="Word"/> is then that word.</param>
/// <param name="IsJoined">Whether the term is two adjacent request words written as one ("diaperchange" for "Diaper Change").</param>
/// <param name="Group">The index of the request term a synonym stands for (its own index for request terms), so a word's synonyms count once, not once each.</param>
internal sealed record QueryTerm(string Stem, string Word, double Weight, bool IsSynonym, int Group = -1, bool IsImplied = false, bool IsJoined = false);
