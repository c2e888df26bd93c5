using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>
/// Reads one whole shell statement line: splits it at top-level <c>;</c>, leaves out control syntax (if/then/else/fi,
/// case patterns and esac, for/while/do/done, braces) and keeps the commands that run inside it.
/// </summary>
internal static partial class ShellStatements
{
    // Commands whose only effect is output, flow or shell state: nothing a plan would run or cite.
    private static readonly HashSet<string> TriviaCommands =
        ["echo", "printf", "exit", "return", "set", "shopt", "true", "false", ":", "break", "continue", "read",
         "export", "local", "declare", "readonly", "typeset", "unset"];

    /// <summary>The commands of the line; the line itself when it is plain commands; empty when nothing runs.</summary>
    public static string Commands(string line, bool dropTrivia)
    {
        var kept = new List<string>();
        var changed = false;
        foreach (var segment in Segments(line))
        {
            var command = Command(segment);
            if (command is null || (dropTrivia && IsTrivia(command)))
            {
                changed = true;
                continue;
            }

            changed |= command != segment;
            kept.Add(command);
        }

        return changed ? string.Join("; ", kept) : line;
    }

    private static List<string> Segments(string line)
    {
        var segments = new List<string>();
        var from = 0;
        var groups = 0;
        foreach (var at in TopLevel(line))
        {
            switch (line[at])
            {
                // A { } group runs as one command with the && or || before it.
                case '{' when IsWord(line, at):
                    groups++;
                    break;
                case '}' when groups > 0 && IsWord(line, at):
                    groups--;
                    break;
                case ';' when groups == 0:
                    segments.Add(line[from..at].Trim());
                    from = at + 1;
                    break;
                default:
                    break;
            }
        }

        segments.Add(line[from..].Trim());
        return segments;
    }

    // The command a statement runs without its control keywords, or null when it is only syntax.
    private static string? Command(string segment)
    {
        var text = segment;
        for (var match = Leading().Match(text); match.Success && text.Length > 0; match = Leading().Match(text))
        {
            text = text[match.Length..];
        }

        if (text.Length == 0 || Closing().IsMatch(text) || Header().IsMatch(text))
        {
            return null;
        }

        // A condition that is a command (if git diff --quiet) runs; a test ([ ], [[ ]], test, true) only decides.
        var condition = Condition().Match(text);
        return !condition.Success ? text : Test().IsMatch(condition.Groups["c"].Value) ? null : condition.Groups["c"].Value;
    }

    private static bool IsTrivia(string command)
    {
        var topLevel = TopLevel(command);
        var words = new List<string>();
        var from = 0;
        foreach (var at in topLevel.Where(at => char.IsWhiteSpace(command[at])).Append(command.Length))
        {
            if (at > from)
            {
                words.Add(command[from..at]);
            }

            from = at + 1;
        }

        if (words.Count == 0 || words.All(w => Assignment().IsMatch(w)))
        {
            return true;
        }

        // echo … | docker login --password-stdin runs the command after the pipe.
        var piped = topLevel.Any(at => command[at] == '|' && (at + 1 >= command.Length || command[at + 1] != '|') && (at == 0 || command[at - 1] != '|'));
        return TriviaCommands.Contains(words[0]) && !piped;
    }

    private static List<int> TopLevel(string text)
    {
        var topLevel = new List<int>();
        new ShellScanner().Scan(text, topLevel);
        return topLevel.Where(at => at < text.Length).ToList();
    }

    private static bool IsWord(string line, int at) =>
        (at == 0 || line[at - 1] is ' ' or '\t' or ';' or '&' or '|') && (at + 1 == line.Length || line[at + 1] is ' ' or '\t' or ';');

    // then / else / do / { / "case x in" / a case pattern "store)" or "a|b)" before the command they lead into.
    [GeneratedRegex(@"^(?:then|else|do|\{|case\s.*?\sin|\(?[^\s();|&<>]+(?:\s*\|\s*[^\s();|&<>]+)*\))(?:\s+|$)")]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?:fi|done|esac|\}|\))(?=$|[\s<>|&)])")]
    private static partial Regex Closing();

    // Loop headers and function definitions: their body lines are read on their own.
    [GeneratedRegex(@"^(?:(?:for|select)\s|function\s+[\w:.-]+|[\w:.-]+\s*\(\)\s*\{?$)")]
    private static partial Regex Header();

    [GeneratedRegex(@"^(?:if|elif|while|until)\s+(?:!\s+)?(?<c>.+)$")]
    private static partial Regex Condition();

    [GeneratedRegex(@"^(?:\[\[?\s|test\s|\(\(|(?:true|false|:)$)")]
    private static partial Regex Test();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=")]
    private static partial Regex Assignment();
}
