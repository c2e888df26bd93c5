using Groundplan.Render;

namespace Groundplan.Llm;

/// <summary>How the LLM engine plans: format, repair rounds, review passes, question rounds.</summary>
public sealed record LlmEngineOptions
{
    /// <summary>The plan format to ask for. The default value is <see cref="PlanFormat.Checklist"/>.</summary>
    public PlanFormat Format { get; init; } = PlanFormat.Checklist;

    /// <summary>How many times the model is asked to repair a plan that fails the checks. The default value is 3.</summary>
    public int MaxRepairs { get; init; } = 3;

    /// <summary>Run the implementer and QA review passes (the Plan Completeness Audit). The default value is true.</summary>
    public bool Reviews { get; init; } = true;

    /// <summary>Run the clarifying-questions reviewer. The default value is true.</summary>
    public bool Questions { get; init; } = true;

    /// <summary>With an <see cref="IQuestionAsker"/>, how many ask-and-revise rounds at most. The default value is 3.</summary>
    public int MaxQuestionRounds { get; init; } = 3;

    /// <summary>The longest reply, in tokens. The default value is 8192.</summary>
    public int MaxOutputTokens { get; init; } = 8192;

    /// <summary>Sampling temperature; low keeps plans close to the material. The default value is 0.2.</summary>
    public float Temperature { get; init; } = 0.2f;

    /// <summary>Retries of a reply stream that broke off (HTTP failures are retried below, by the client). The default value is 2.</summary>
    public int StreamRetries { get; init; } = 2;

    /// <summary>Every problem with these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Format is not (PlanFormat.Checklist or PlanFormat.Spec or PlanFormat.Blueprint))
        {
            problems.Add("the LLM engine writes checklist, spec or blueprint plans (JSON comes from parsing one of them)");
        }

        if (MaxRepairs is < 0 or > 10)
        {
            problems.Add("--max-repairs must be between 0 and 10");
        }

        if (MaxQuestionRounds is < 0 or > 10)
        {
            problems.Add("the question rounds must be between 0 and 10");
        }

        if (MaxOutputTokens <= 0)
        {
            problems.Add("the output token limit must be positive");
        }

        return problems;
    }
}
