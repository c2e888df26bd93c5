namespace Groundplan.Llm.Prompts;

/// <summary>The plan formats a model is asked to write (the JSON format is the offline engine's and is never asked of a model).</summary>
public enum LlmPlanFormat
{
    /// <summary>The phased checklist: data layer, backend, frontend, tests, with atomic checkbox steps.</summary>
    Checklist,

    /// <summary>The self-contained specification with its fifteen sections, a completeness audit and open questions.</summary>
    Spec,

    /// <summary>The phased blueprint: signatures, types and test signatures without bodies.</summary>
    Blueprint,
}
