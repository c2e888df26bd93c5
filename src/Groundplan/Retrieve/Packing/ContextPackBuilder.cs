using System.Text;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Packing;
using Groundplan.Recon.Output;
using Groundplan.Tokens;

namespace Groundplan.Retrieve.Packing;

/// <summary>
/// Writes a repomix-style XML pack of the context a request needs, within a token budget: the recon snapshot on
/// top, the directory structure, then the ranked files best first, whole when they fit and as their symbols'
/// signatures when they do not. The whole text is counted with o200k_base and never exceeds the budget.
/// </summary>
internal static class ContextPackBuilder
{
    public static ContextPack Build(Codebase codebase, ReconReport recon, RetrievalRequest request, RetrievalResult result, int maxTokens, ITokenCounter? tokens = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTokens);
        tokens ??= TokenCounters.O200k;
        var head = Head(request, maxTokens);
        var snapshot = $"<recon_snapshot>\n{Clean(ReconMarkdownRenderer.Render(codebase, recon).TrimEnd('\n'))}\n</recon_snapshot>\n\n";
        var tree = $"<directory_structure>\n{Clean(DirectoryTreeFormatter.Format(codebase.Files.Select(f => f.Path).Concat(codebase.ListedPaths)))}\n</directory_structure>\n\n";
        const string FilesOpen = "<files>\nThis section contains the ranked files, best first: whole files, or the signatures of their symbols when a file is too large for the budget.\n\n";
        const string FilesClose = "</files>\n";

        var reconIncluded = true;
        var fixedPart = head + snapshot + tree + FilesOpen + FilesClose;
        if (tokens.CountTokens(fixedPart) > maxTokens)
        {
            // The structure is always shown; the snapshot goes first when both cannot fit.
            reconIncluded = false;
            snapshot = string.Empty;
            fixedPart = head + tree + FilesOpen + FilesClose;
            if (tokens.CountTokens(fixedPart) > maxTokens)
            {
                throw new GroundplanException($"--max-tokens {maxTokens} is too small for the directory structure alone ({tokens.CountTokens(fixedPart)} tokens); raise it or narrow the codebase with --include");
            }
        }

        var budget = maxTokens - tokens.CountTokens(fixedPart);
        var blocks = new List<(string Path, string Block, bool Whole)>();
        foreach (var ranked in result.RankedFiles)
        {
            var file = codebase.Find(ranked.Path);
            if (file is null)
            {
                continue;
            }

            var whole = $"<file path=\"{ranked.Path}\">\n{Clean(file.Text)}\n</file>\n\n";
            var cost = tokens.CountTokens(whole);
            if (cost <= budget)
            {
                blocks.Add((ranked.Path, whole, true));
                budget -= cost;
                continue;
            }

            var signatures = Signatures(ranked.Path, recon);
            if (signatures is not null && tokens.CountTokens(signatures) is var sigCost && sigCost <= budget)
            {
                blocks.Add((ranked.Path, signatures, false));
                budget -= sigCost;
            }
        }

        // Token counts of parts need not add up exactly across joins: count the whole and drop the last block until it fits.
        while (true)
        {
            var text = Compose(head, snapshot, tree, FilesOpen, blocks, FilesClose);
            var count = tokens.CountTokens(text);
            if (count <= maxTokens || blocks.Count == 0)
            {
                return new ContextPack(
                    text,
                    count,
                    blocks.Where(b => b.Whole).Select(b => b.Path).ToList(),
                    blocks.Where(b => !b.Whole).Select(b => b.Path).ToList(),
                    reconIncluded);
            }

            blocks.RemoveAt(blocks.Count - 1);
        }
    }

    private static string Head(RetrievalRequest request, int maxTokens)
    {
        var sb = new StringBuilder();
        sb.Append("This file is a merged representation of the parts of a codebase most relevant to one feature request, ");
        sb.Append($"selected and ranked by Groundplan to fit {maxTokens} tokens (o200k_base).\n\n");
        sb.Append($"<request>\n{Clean(request.Request)}\n</request>\n\n");
        if (!string.IsNullOrWhiteSpace(request.Story))
        {
            sb.Append($"<story>\n{Clean(request.Story)}\n</story>\n\n");
        }

        return sb.ToString();
    }

    private static string? Signatures(string path, ReconReport recon)
    {
        var sb = new StringBuilder();
        foreach (var symbol in recon.Symbols)
        {
            if (symbol.Path != path)
            {
                continue;
            }

            var text = symbol.Signature.Length > 0 ? symbol.Signature : $"{symbol.Kind.ToString().ToLowerInvariant()} {symbol.Name}";
            sb.Append($"{symbol.StartLine}: {Clean(text)}\n");
        }

        return sb.Length == 0 ? null : $"<file path=\"{path}\" content=\"signatures\">\n{sb}</file>\n\n";
    }

    private static string Compose(string head, string snapshot, string tree, string open, List<(string Path, string Block, bool Whole)> blocks, string close)
    {
        var sb = new StringBuilder(head).Append(snapshot).Append(tree).Append(open);
        foreach (var block in blocks)
        {
            sb.Append(block.Block);
        }

        return sb.Append(close).ToString();
    }

    private static string Clean(string text) => XmlText.Sanitize(text, out _);
}
