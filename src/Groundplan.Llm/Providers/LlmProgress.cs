namespace Groundplan.Llm.Providers;

/// <summary>A progress report while the engine waits on a model: which stage, how much reply has streamed in, or a notice (a retry, a cut stream).</summary>
/// <param name="Stage">What the model is doing, e.g. <c>draft</c>, <c>repair 2</c>, <c>implementer review</c>.</param>
/// <param name="ReplyCharacters">Characters of the reply received so far in this stage.</param>
/// <param name="Notice">A one-line event worth showing (retrying after a 429, ...); null for plain streaming progress.</param>
public sealed record LlmProgress(string Stage, int ReplyCharacters, string? Notice = null);
