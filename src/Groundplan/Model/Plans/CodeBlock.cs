namespace Groundplan.Model.Plans;

/// <summary>A fenced code block: its info-string language and its text.</summary>
public sealed record CodeBlock(string Language, string Code);
