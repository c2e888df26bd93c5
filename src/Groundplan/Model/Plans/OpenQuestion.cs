namespace Groundplan.Model.Plans;

/// <summary>A blocking question; rendered <c>[NEEDS CONFIRMATION]</c> followed by exactly one question.</summary>
public sealed record OpenQuestion(string Question, string Context = "")
{
    /// <summary>The 1-based line of the plan's Markdown this question was read from; null when built in code.</summary>
    public int? SourceLine { get; init; }
}
