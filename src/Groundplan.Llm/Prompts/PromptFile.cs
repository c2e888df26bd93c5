namespace Groundplan.Llm.Prompts;

/// <summary>One ranked file as the model sees it: path, score and the reasons the ranker gave.</summary>
public sealed record PromptFile(string Path, double Score, IReadOnlyList<string> Reasons);
