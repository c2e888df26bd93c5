using System.CommandLine;
using System.Text;
using Groundplan.Config;
using Groundplan.Ingest;
using Groundplan.IO;
using Groundplan.Lint;
using Groundplan.Lint.Output;
using Groundplan.Model.Lint;
using Groundplan.Parse;
using Groundplan.Render;

namespace Groundplan.Cli.Commands;

/// <summary><c>groundplan lint</c>: checks a Markdown plan against a codebase; exit 1 when a finding is at error level.</summary>
internal static class LintCommand
{
    private static readonly string[] Formats = ["auto", "checklist", "spec", "blueprint"];

    public static Command Create(CliContext context)
    {
        var ingest = new IngestCommandOptions();
        var plan = new Argument<string>("plan") { Description = "The plan's Markdown file (checklist, spec or blueprint format)." };
        var format = new Option<string>("--format") { Description = "The plan's format: auto, checklist, spec or blueprint.", DefaultValueFactory = _ => "auto" };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON for programs." };
        var sarif = new Option<string?>("--sarif") { Description = "Also write the findings as SARIF 2.1.0 to this file." };
        var config = new Option<string?>("--config") { Description = $"Rule settings file (default: {LintConfig.FileName} in the repository root)." };
        var command = new Command("lint", "Check a plan against the codebase: structure, grounding (paths, symbols, lines, commands), completeness and style.");
        command.Arguments.Add(plan);
        ingest.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(json);
        command.Options.Add(sarif);
        command.Options.Add(config);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            new LintRequest(parse.GetValue(plan)!, ingest.Read(parse), parse.GetValue(format)!, parse.GetValue(json), parse.GetValue(sarif), parse.GetValue(config)),
            context, cancellationToken)));
        return command;
    }

    private static int Run(LintRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var problems = Validate(request, context);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"groundplan: error: {problem}");
            }

            return ExitCodes.InputError;
        }

        var planPath = context.Resolve(request.Plan);
        var repo = context.Resolve(request.Ingest.Repo);
        var text = File.ReadAllText(planPath);
        PlanFormats.TryParse(request.Format, out var format);
        // The rules and the plan are read while the codebase loads: none of them needs the others.
        var prepared = Task.Run(
            () => (Linter: new PlanLinter(LoadOptions(request, repo, context)), Plan: PlanParser.Parse(text, request.Format == "auto" ? null : format, request.Plan)),
            cancellationToken);
        context.Progress($"reading {request.Ingest.Repo}");
        var codebase = new CodebaseLoader().Load(repo, request.Ingest.ToIngestOptions(), cancellationToken);
        context.Progress($"checking {request.Plan} against {codebase.Files.Count:N0} files");
        var (linter, parsed) = prepared.GetAwaiter().GetResult();
        var result = linter.Lint(parsed, codebase);

        if (request.Sarif is not null)
        {
            var uri = Path.GetRelativePath(context.WorkingDirectory, planPath).Replace('\\', '/');
            AtomicFile.Write(context.Resolve(request.Sarif), s => LintSarifWriter.Write(result, linter.Rules, uri, ToolVersion(), s));
            context.Error.WriteLine($"groundplan: wrote {request.Sarif}");
        }

        if (request.Json)
        {
            context.Out.Flush();
            using var stdout = context.OpenStandardOutput();
            LintJsonWriter.Write(result, stdout);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            context.Out.Write(result.Findings.Count == 0 ? LintTextRenderer.Summary(result) + "\n" : LintTextRenderer.Render(result));
        }

        return result.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static List<string> Validate(LintRequest request, CliContext context)
    {
        var problems = request.Ingest.Validate().ToList();
        if (!File.Exists(context.Resolve(request.Plan)))
        {
            problems.Add($"plan file not found: {request.Plan}");
        }

        if (!Formats.Contains(request.Format, StringComparer.Ordinal))
        {
            problems.Add($"--format must be one of {string.Join(", ", Formats)} (got \"{request.Format}\")");
        }

        if (request.Json && request.Sarif is not null)
        {
            problems.Add("--json and --sarif cannot be combined: --json prints to standard output, --sarif writes a file");
        }

        if (request.Sarif is { Length: 0 } || request.Config is { Length: 0 })
        {
            problems.Add("--sarif and --config need a file name");
        }

        if (request.Config is { Length: > 0 } config && !File.Exists(context.Resolve(config)))
        {
            problems.Add($"config file not found: {config}");
        }

        return problems;
    }

    private static LintOptions? LoadOptions(LintRequest request, string repo, CliContext context)
    {
        // The same file the other verbs read their defaults from: --config, or the nearest groundplan.json above the repository.
        var path = request.Config is { } config ? context.Resolve(config) : Directory.Exists(repo) ? GroundplanConfigFile.Find(repo) : null;
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        var known = PlanLinter.BuiltInRules().Select(r => r.Id).ToArray();
        return LintConfig.Parse(File.ReadAllText(path, Encoding.UTF8), request.Config ?? Path.GetRelativePath(context.WorkingDirectory, path), known);
    }

    private static string ToolVersion() =>
        typeof(LintCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
