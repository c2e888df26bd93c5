using Groundplan.Model.Plans;

namespace Groundplan.Llm.Review;

/// <summary>A clarifying question from the reviewer, and whether the plan cannot be right without its answer.</summary>
internal sealed record ReviewQuestion(OpenQuestion Question, bool Blocking);
