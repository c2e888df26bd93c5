namespace Groundplan.Model;

/// <summary>How much of a file's real content a <see cref="SourceFile"/> holds.</summary>
public enum ContentCompleteness
{
    /// <summary>The whole file.</summary>
    Complete,

    /// <summary>Signatures only, as repomix's <c>--compress</c> writes them.</summary>
    Compressed,

    /// <summary>An excerpt, such as a snippet quoted in a context document.</summary>
    Snippet,
}
