using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Groundplan.Cli.Mcp;

/// <summary>
/// The MCP tools. Each one checks its paths against the roots, then runs the matching groundplan verb in process: the
/// server holds no planning logic of its own, and a tool's output and errors are the verb's.
/// </summary>
[McpServerToolType]
internal sealed class GroundplanTools(RootGuard guard)
{
    [McpServerTool(Name = "recon", ReadOnly = true, Idempotent = true)]
    [Description("Describe a codebase: languages, frameworks, data layer and migration command, caches and invalidation, auth, validation, tests and their commands, lint and CI commands, naming conventions. Every fact carries its evidence (path:line). Use it before planning so the plan names only what exists.")]
    public Task<CallToolResult> Recon(
        [Description("The repository directory (or a repomix pack / context document) inside the server's roots.")] string repo,
        [Description("Return JSON (schema docs/recon.schema.json) instead of Markdown.")] bool json = false,
        [Description("Read this git revision instead of the working tree.")] string? rev = null,
        RequestContext<CallToolRequestParams>? call = null,
        CancellationToken cancellationToken = default)
    {
        var progress = new ToolProgress(call);
        var args = new ToolArguments("recon").Path("--repo", repo, guard).Flag("--json", json).Value("--rev", rev);
        return RunAsync(args, progress, cancellationToken);
    }

    [McpServerTool(Name = "context", ReadOnly = true, Idempotent = true)]
    [Description("Rank the files a feature request will touch, with the reasons for each rank, and propose where new files go by the repository's conventions. With max_tokens, return a repomix-style pack of the most relevant context that fits the budget instead.")]
    public Task<CallToolResult> Context(
        [Description("The repository directory inside the server's roots.")] string repo,
        [Description("The feature request, e.g. \"let users bookmark posts\".")] string request,
        [Description("The user story or business goal behind the request.")] string? story = null,
        [Description("How many ranked files to return.")] int? top = null,
        [Description("Token budget for a context pack; omit to get the ranking as JSON.")] int? max_tokens = null,
        RequestContext<CallToolRequestParams>? call = null,
        CancellationToken cancellationToken = default)
    {
        var progress = new ToolProgress(call);
        var args = new ToolArguments("context").Path("--repo", repo, guard).Value("--request", request).Value("--story", story)
            .Value("--top", top?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Value("--max-tokens", max_tokens?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Flag("--json", max_tokens is null);
        return RunAsync(args, progress, cancellationToken);
    }

    [McpServerTool(Name = "plan", Idempotent = true)]
    [Description("Write an implementation plan for a feature request, grounded in the repository: every existing path, symbol and command it names is real, new files are marked new. Formats: checklist (four phases of atomic steps), spec (fifteen sections, exported to EXPORT/plan_<slug>.md), blueprint (phases with signatures and test signatures), json. Returns the plan text, and where it was written when out is given.")]
    public async Task<CallToolResult> Plan(
        [Description("The repository directory inside the server's roots.")] string repo,
        [Description("The feature request.")] string request,
        [Description("The user story or business goal behind the request.")] string? story = null,
        [Description("checklist, spec, blueprint or json.")] string format = "spec",
        [Description("Write the plan to this path (inside the roots) as well as returning it.")] string? @out = null,
        [Description("Overwrite an existing plan at out.")] bool force = false,
        RequestContext<CallToolRequestParams>? call = null,
        CancellationToken cancellationToken = default)
    {
        var progress = new ToolProgress(call);
        var args = new ToolArguments("plan").Path("--repo", repo, guard).Value("--request", request).Value("--story", story).Value("--format", format);
        if (@out is null)
        {
            return await RunAsync(args.Flag("--stdout", true), progress, cancellationToken);
        }

        args.Path("--out", @out, guard).Flag("--force", force);
        if (args.Refusal is not null)
        {
            return ToolResults.Error(args.Refusal);
        }

        var run = await InProcessCli.RunAsync(args.ToArray(), guard.Roots[0], cancellationToken, progress.Report);
        await progress.SentAsync();
        if (run.ExitCode != ExitCodes.Ok)
        {
            return ToolResults.From(run);
        }

        var written = guard.Confine(@out, out _)!;
        return ToolResults.Text($"wrote {written}\n\n{await File.ReadAllTextAsync(written, cancellationToken)}");
    }

    [McpServerTool(Name = "lint", ReadOnly = true, Idempotent = true)]
    [Description("Check a Markdown plan (checklist, spec or blueprint; from any author) against the repository: structure, grounding (paths, symbols, file:line references, commands exist), completeness (cache invalidation, authorization, UI states, migrations, validation commands) and style. Returns the findings as JSON, each with rule id, severity, line and a message saying what to fix.")]
    public async Task<CallToolResult> Lint(
        [Description("The plan's Markdown file, inside the server's roots.")] string plan,
        [Description("The repository directory the plan is for, inside the server's roots.")] string repo,
        [Description("auto, checklist, spec or blueprint.")] string format = "auto",
        RequestContext<CallToolRequestParams>? call = null,
        CancellationToken cancellationToken = default)
    {
        var progress = new ToolProgress(call);
        var args = new ToolArguments("lint").Path(null, plan, guard).Path("--repo", repo, guard).Value("--format", format).Flag("--json", true);
        if (args.Refusal is not null)
        {
            return ToolResults.Error(args.Refusal);
        }

        var run = await InProcessCli.RunAsync(args.ToArray(), guard.Roots[0], cancellationToken, progress.Report);
        await progress.SentAsync();
        var result = ToolResults.From(run, findingsExitIsResult: true);
        if (result.IsError != true)
        {
            try
            {
                using var findings = JsonDocument.Parse(run.Out);
                result.StructuredContent = findings.RootElement.Clone();
            }
            catch (JsonException)
            {
                // The text content still carries the output; structured content is a convenience.
            }
        }

        return result;
    }

    [McpServerTool(Name = "pack", ReadOnly = true, Idempotent = true)]
    [Description("Pack a repository into one AI-friendly file (repomix-compatible styles: xml, markdown, plain, json) with token counts and secret scanning. Returns the pack, or writes it to output inside the roots and returns the summary.")]
    public Task<CallToolResult> Pack(
        [Description("The repository directory inside the server's roots.")] string repo,
        [Description("xml, markdown, plain or json.")] string style = "xml",
        [Description("Write the pack to this path inside the roots instead of returning it.")] string? output = null,
        [Description("Glob patterns of files to include, comma-separated.")] string? include = null,
        [Description("Glob patterns of files to leave out, comma-separated.")] string? ignore = null,
        RequestContext<CallToolRequestParams>? call = null,
        CancellationToken cancellationToken = default)
    {
        var progress = new ToolProgress(call);
        var args = new ToolArguments("pack").Path("--repo", repo, guard).Value("--style", style).Value("--include", include).Value("--ignore", ignore);
        if (output is not null)
        {
            args.Path("--output", output, guard);
        }

        return RunAsync(args, progress, cancellationToken, returnSummary: output is not null);
    }

    private async Task<CallToolResult> RunAsync(ToolArguments args, ToolProgress progress, CancellationToken cancellationToken, bool returnSummary = false)
    {
        if (args.Refusal is not null)
        {
            return ToolResults.Error(args.Refusal);
        }

        var run = await InProcessCli.RunAsync(args.ToArray(), guard.Roots[0], cancellationToken, progress.Report);
        await progress.SentAsync();
        return returnSummary && run.ExitCode == ExitCodes.Ok ? ToolResults.Text((run.Out + run.Error).Trim()) : ToolResults.From(run);
    }
}
