using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Recon.Output;
using Groundplan.Retrieve.Packing;
using Groundplan.Security;

namespace Groundplan.Llm.Prompts;

/// <summary>Builds a <see cref="PromptContext"/> from the pipeline's stages: recon snapshot, ranked files, a budgeted pack, the request.</summary>
public static class PromptContextBuilder
{
    /// <summary>The default budget for the context pack (recon snapshot, directory structure, ranked files), in o200k tokens.</summary>
    public const int DefaultContextTokens = 24_000;

    /// <summary>How many ranked files the prompt lists with their reasons; past the top few dozen a list costs tokens and tells the model little.</summary>
    public const int MaxListedFiles = 40;

    private static readonly string[] CommandTopics = [ReconTopic.Command, ReconTopic.TestCommand, ReconTopic.MigrationCommand, ReconTopic.CiCommand];

    /// <summary>The prompt context for <paramref name="request"/> over the analysed codebase.</summary>
    /// <param name="codebase">The loaded codebase.</param>
    /// <param name="recon">Its recon report.</param>
    /// <param name="retrieval">The ranked files for the request.</param>
    /// <param name="request">The request and story.</param>
    /// <param name="maxContextTokens">The budget for the context pack.</param>
    /// <param name="allowSecrets">Keep secrets in file contents (only with an explicit flag); redacted otherwise.</param>
    public static PromptContext Build(Codebase codebase, ReconReport recon, RetrievalResult retrieval, RetrievalRequest request, int maxContextTokens = DefaultContextTokens, bool allowSecrets = false)
    {
        ArgumentNullException.ThrowIfNull(codebase);
        ArgumentNullException.ThrowIfNull(recon);
        ArgumentNullException.ThrowIfNull(retrieval);
        ArgumentNullException.ThrowIfNull(request);
        var shared = allowSecrets ? codebase : RedactedCodebase.Of(codebase);
        var pack = ContextPackBuilder.Build(shared, recon, request, retrieval, maxContextTokens);

        // The pack carries the recon snapshot when it fits; otherwise the snapshot is sent on its own, outside the budget.
        var snapshot = pack.ReconIncluded ? "" : ReconMarkdownRenderer.Render(shared, recon);
        return new PromptContext
        {
            Request = request.Request,
            Story = request.Story,
            ReconSnapshot = allowSecrets ? snapshot : SecretScanner.Default.Redact(snapshot),
            RankedFiles = [.. retrieval.RankedFiles.Take(MaxListedFiles).Select(f => new PromptFile(f.Path, f.Score, [.. f.Reasons.Select(r => $"{r.Signal}: {r.Detail}")]))],
            NewFileProposals = [.. retrieval.NewFiles.Select(n => $"{n.Path} ({n.Part})")],
            ContextPack = allowSecrets ? pack.Text : SecretScanner.Default.Redact(pack.Text),
            KnownPaths = [.. codebase.Files.Select(f => f.Path).Concat(codebase.ListedPaths).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            KnownCommands = KnownCommands(recon),
            CodeLanguage = MainLanguage(codebase, retrieval),
        };
    }

    internal static IReadOnlyList<string> KnownCommands(ReconReport recon) =>
        [.. recon.Facts.Where(f => CommandTopics.Contains(f.Topic))
            .SelectMany(f => new[] { f.Name, f.Value })
            .Where(LooksLikeCommand)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    // Fact names such as "unit" or values such as "documented in README.md" are labels, not commands.
    private static bool LooksLikeCommand(string text) =>
        text.Contains(' ', StringComparison.Ordinal) && !text.StartsWith("documented in", StringComparison.Ordinal) && !text.StartsWith("configured in", StringComparison.Ordinal);

    private static string MainLanguage(Codebase codebase, RetrievalResult retrieval) =>
        retrieval.RankedFiles.Select(f => codebase.Find(f.Path)?.Language).OfType<string>()
            .GroupBy(l => l, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? "";
}
