using System.Text.RegularExpressions;
using Groundplan.Llm.Prompts;
using Groundplan.Render;

namespace Groundplan.Llm.Repair;

/// <summary>The engine's own grounding checks: the format's sections are present, every path exists or is marked new, every command is the project's.</summary>
/// <remarks>
/// Enough for the repair loop to stand alone; the lint stage's <c>PlanLinter</c> (parse + every rule) replaces it through
/// <see cref="IPlanValidator"/> when it is wired in.
/// </remarks>
internal sealed partial class GroundingValidator : IPlanValidator
{
    private readonly HashSet<string> _paths;
    private readonly HashSet<string> _folders;
    private readonly IReadOnlyList<string> _commands;

    public GroundingValidator(IEnumerable<string> knownPaths, IEnumerable<string> knownCommands)
    {
        _paths = new HashSet<string>(knownPaths, StringComparer.Ordinal);
        _folders = new HashSet<string>(_paths.SelectMany(Parents), StringComparer.Ordinal);
        _commands = [.. knownCommands];
    }

    public static GroundingValidator For(PromptContext context) => new(context.KnownPaths, context.KnownCommands);

    public IReadOnlyList<PlanProblem> Validate(string planText, PlanFormat format)
    {
        var lines = planText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var problems = new List<PlanProblem>();
        foreach (var (section, heading) in RequiredSections.For(format))
        {
            if (!lines.Any(l => l.StartsWith(heading, StringComparison.Ordinal)))
            {
                problems.Add(new PlanProblem("LLM001", PlanProblemSeverity.Error, $"the {format.ToString().ToLowerInvariant()} format requires the section '{section}' (a line starting with '{heading}')", 0));
            }
        }

        var inCode = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (!inCode)
            {
                CheckLine(line, i + 1, problems);
            }
        }

        return problems;
    }

    private void CheckLine(string line, int number, List<PlanProblem> problems)
    {
        var marksNew = NewFileWords().IsMatch(line);
        foreach (Match span in CodeSpan().Matches(line))
        {
            var text = span.Groups[1].Value.Trim();
            var isCommand = line[..span.Index].TrimEnd().EndsWith("run", StringComparison.OrdinalIgnoreCase);
            if (isCommand && _commands.Count > 0 && !IsKnownCommand(text))
            {
                problems.Add(new PlanProblem("LLM003", PlanProblemSeverity.Error,
                    $"`{text}` is not a command this project defines; use one of: {string.Join(", ", _commands.Select(c => $"`{c}`"))}", number));
            }
            else if (!isCommand && !marksNew && LooksLikePath(text) && !_paths.Contains(text) && !_folders.Contains(text.TrimEnd('/')))
            {
                problems.Add(new PlanProblem("LLM002", PlanProblemSeverity.Error,
                    $"`{text}` is not a file in the codebase; use an existing path, or say the file is new (\"Create the new file `{text}`\")", number));
            }
        }
    }

    private bool IsKnownCommand(string command) =>
        _commands.Any(known => command == known || command.StartsWith(known + " ", StringComparison.Ordinal));

    // Paths have a folder and a file name with an extension; routes (/api/x), URLs and code (foo.bar()) do not qualify.
    private static bool LooksLikePath(string text) =>
        text.Length < 200 && !text.Contains(' ', StringComparison.Ordinal) && !text.StartsWith('/') && !text.Contains("://", StringComparison.Ordinal)
        && text.Contains('/', StringComparison.Ordinal) && PathShape().IsMatch(text);

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            yield return path[..slash];
        }
    }

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^[\w.\-\[\]()@+]+(/[\w.\-\[\]()@+]+)*\.[A-Za-z0-9]{1,8}$")]
    private static partial Regex PathShape();

    [GeneratedRegex(@"\b(new|create|creates|created|creating|scaffold|generate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewFileWords();
}
