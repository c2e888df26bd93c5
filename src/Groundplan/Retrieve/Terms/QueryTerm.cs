namespace Groundplan.Retrieve.Terms;

/// <summary>One stem to look for, how much it counts, and the request word it came from (for reasons).</summary>
/// <param name="Stem">The stemmed, lower-case form matched against the code.</param>
/// <param name="Word">The word as the request wrote it, lower-cased.</param>
/// <param name="Weight">1 for request words, less for story words and synonyms.</param>
/// <param name="IsSynonym">Whether the term was added by the synonym table.</param>
internal sealed record QueryTerm(string Stem, string Word, double Weight, bool IsSynonym);
