namespace Groundplan.Model.Plans;

/// <summary>A blocking question; rendered <c>[NEEDS CONFIRMATION]</c> followed by exactly one question.</summary>
public sealed record OpenQuestion(string Question, string Context = "");
