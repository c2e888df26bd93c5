namespace Groundplan.Lint.Markdown;

/// <summary>An inline code span: its text (trimmed), 1-based line and the 1-based column of the text's first character.</summary>
internal sealed record CodeSpan(string Text, int Line, int Column)
{
    /// <summary>The index in the line of the opening backticks.</summary>
    public int Start { get; init; }

    /// <summary>The index in the line just after the closing backticks.</summary>
    public int End { get; init; }
}
