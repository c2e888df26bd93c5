using System.CommandLine;

namespace Groundplan.Cli.Commands;

/// <summary>The <c>plan</c> verb's options for <c>--engine llm</c>. There is no key option: keys come from OPENAI_API_KEY / ANTHROPIC_API_KEY or the config file.</summary>
internal sealed class LlmPlanOptions
{
    private readonly Option<string?> _provider = new("--provider") { Description = "With --engine llm: openai (also Azure OpenAI v1, Ollama, vLLM, LM Studio, llama.cpp) or anthropic." };
    private readonly Option<string?> _model = new("--model") { Description = "With --engine llm: the model name." };
    private readonly Option<string?> _endpoint = new("--endpoint") { Description = "With --engine llm: the API base address, e.g. http://localhost:11434/v1." };
    private readonly Option<int> _maxRepairs = new("--max-repairs") { Description = "With --engine llm: repair rounds when the plan fails the checks.", DefaultValueFactory = _ => 3 };
    private readonly Option<int> _maxTokens = new("--max-tokens") { Description = "With --engine llm: budget of the context pack sent, in o200k tokens.", DefaultValueFactory = _ => 24_000 };
    private readonly Option<bool> _seedWithOffline = new("--seed-with-offline") { Description = "With --engine llm: give the model the offline plan as its skeleton." };
    private readonly Option<bool> _interactive = new("--interactive") { Description = "With --engine llm: ask the reviewer's blocking questions in the terminal." };
    private readonly Option<bool> _allowSecrets = new("--allow-secrets") { Description = "With --engine llm: send file contents without redacting secrets." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _provider, _model, _endpoint, _maxRepairs, _maxTokens, _seedWithOffline, _interactive, _allowSecrets })
        {
            command.Options.Add(option);
        }
    }

    public LlmPlanSettings Read(ParseResult parse) => new(
        parse.GetValue(_provider), parse.GetValue(_model), parse.GetValue(_endpoint), parse.GetValue(_maxRepairs), parse.GetValue(_maxTokens),
        parse.GetValue(_seedWithOffline), parse.GetValue(_interactive), parse.GetValue(_allowSecrets));
}
