namespace Groundplan.Retrieve.Terms;

/// <summary>Words that say how a request is phrased, not what it is about: English glue and the verbs of feature requests.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "do", "does", "each", "eg", "etc", "for",
        "from", "has", "have", "how", "ie", "if", "in", "into", "is", "it", "its", "may", "more", "most", "must", "no", "not",
        "now", "of", "on", "one", "only", "or", "other", "our", "out", "same", "should", "so", "some", "such", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "up", "us", "very", "via", "was",
        "we", "were", "what", "when", "where", "which", "while", "who", "will", "with", "within", "without", "would", "you", "your",
        "add", "added", "adding", "adds", "allow", "allows", "allowed", "ability", "able", "also", "both", "change", "changes",
        "directly", "enable", "enabled", "feature", "features", "fix", "fixed", "fixes", "implement", "implemented", "implementation",
        "implements", "instead", "let", "lets", "make", "makes", "need", "needs", "new", "possible", "provide", "support",
        "supported", "supports", "unchanged", "use", "used", "uses", "using", "want", "way", "work", "works", "get", "gets",
        "all", "any", "just", "like", "well", "still", "done", "ensure", "existing", "possibility", "option", "optional",
        "options", "opt", "behavior", "behaviour", "ui",
    };

    // The stems of the longer stop words, so every inflection is stopped alike: "changing" as "change", "supporting" as
    // "support". Short ones stay out: "them" is also the stem of "theme".
    private static readonly Lazy<HashSet<string>> Stems = new(() => Words.Where(w => w.Length >= 5).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal));

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);

    /// <summary>Whether <paramref name="stem"/> is the stem of a stop word of five letters or more.</summary>
    public static bool ContainsStem(string stem) => Stems.Value.Contains(stem);
}
