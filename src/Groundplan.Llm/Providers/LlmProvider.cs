namespace Groundplan.Llm.Providers;

/// <summary>Which wire protocol the engine speaks to the model.</summary>
public enum LlmProvider
{
    /// <summary>OpenAI chat completions: OpenAI, Azure OpenAI, and local servers (Ollama, vLLM, LM Studio, llama.cpp) through their OpenAI-compatible API.</summary>
    OpenAi,

    /// <summary>Anthropic's messages API.</summary>
    Anthropic,
}
