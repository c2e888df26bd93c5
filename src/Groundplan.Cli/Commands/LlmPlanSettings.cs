using Groundplan.Llm.Providers;

namespace Groundplan.Cli.Commands;

/// <summary>What <c>--engine llm</c> was asked for, before validation.</summary>
internal sealed record LlmPlanSettings(string? Provider, string? Model, string? Endpoint, int MaxRepairs, int MaxTokens, bool SeedWithOffline, bool Interactive, bool AllowSecrets)
{
    /// <summary>The client options, or every problem at once.</summary>
    public IReadOnlyList<string> Validate(out LlmClientOptions? options)
    {
        var problems = new List<string>();
        options = null;
        LlmProvider? provider = Provider switch
        {
            "openai" => LlmProvider.OpenAi,
            "anthropic" => LlmProvider.Anthropic,
            _ => null,
        };
        if (provider is null)
        {
            problems.Add(Provider is null ? "--engine llm needs --provider openai or --provider anthropic" : $"unknown provider '{Provider}' (available: openai, anthropic)");
        }

        Uri? endpoint = null;
        if (Endpoint is not null && !Uri.TryCreate(Endpoint, UriKind.Absolute, out endpoint))
        {
            problems.Add($"--endpoint '{Endpoint}' is not an absolute address");
        }

        if (MaxTokens <= 0)
        {
            problems.Add("--max-tokens must be positive");
        }

        var candidate = new LlmClientOptions { Provider = provider ?? LlmProvider.OpenAi, Model = Model ?? "", Endpoint = endpoint, AllowSecrets = AllowSecrets };
        problems.AddRange(candidate.Validate());
        options = problems.Count == 0 ? candidate : null;
        return problems;
    }
}
