using System.Text;
using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>Splits shell text (a CI run block, a recipe, a documented snippet) into commands with their 0-based line offsets.</summary>
internal static partial class ShellLines
{
    /// <summary>
    /// The commands of a script: lines joined while a quote, substitution, <c>\</c>, <c>&amp;&amp;</c>, <c>||</c> or <c>|</c>
    /// carries on; here-document bodies skipped; control syntax (if/case/for/while, braces) left out, the commands
    /// inside it kept. With <paramref name="dropTrivia"/>, also leaves out statements that run nothing worth citing
    /// (echo, exit, set, variable assignments).
    /// </summary>
    public static IEnumerable<(string Command, int Offset)> Split(string text, bool dropTrivia = false)
    {
        foreach (var (line, offset) in Logical(text))
        {
            var command = ShellStatements.Commands(line, dropTrivia);
            if (command.Length > 0)
            {
                yield return (command, offset);
            }
        }
    }

    /// <summary>The command without a trailing <c># comment</c> outside quotes.</summary>
    public static string StripComment(string command) => new ShellScanner().Scan(command).Trim();

    /// <summary>Joins commands the way a shell would run them one after another, cut to a short value.</summary>
    public static string Join(IEnumerable<string> commands)
    {
        var joined = string.Join(" && ", commands);
        return joined.Length > 160 ? joined[..157] + "..." : joined;
    }

    // Whole statements as the shell reads them, each with the line it starts on; comments removed.
    private static IEnumerable<(string Line, int Offset)> Logical(string text)
    {
        var lines = text.Split('\n');
        var scanner = new ShellScanner();
        var command = new StringBuilder();
        var start = 0;
        var heredocs = new Queue<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            if (command.Length == 0)
            {
                if (heredocs.Count > 0)
                {
                    // A here-document's body is data for the command above it, not commands.
                    if (raw.Trim() == heredocs.Peek())
                    {
                        heredocs.Dequeue();
                    }

                    continue;
                }

                start = i;
            }

            var topLevel = new List<int>();
            var inQuote = scanner.IsOpen;
            var line = scanner.Scan(inQuote ? raw : raw.Trim(), topLevel);
            line = inQuote ? line : line.Trim();
            foreach (var delimiter in HereDocuments(line, topLevel))
            {
                heredocs.Enqueue(delimiter);
            }

            var continues = scanner.IsOpen || scanner.EndsEscaped || Continued().IsMatch(line);
            if (scanner.EndsEscaped)
            {
                line = line[..^1].TrimEnd();
            }

            if (line.Length > 0)
            {
                command.Append(command.Length > 0 ? " " : string.Empty).Append(inQuote ? line.Trim() : line);
            }

            if (!continues || i == lines.Length - 1)
            {
                if (command.Length > 0)
                {
                    yield return (command.ToString(), start);
                }

                command.Clear();
            }
        }
    }

    private static IEnumerable<string> HereDocuments(string line, List<int> topLevel)
    {
        foreach (var at in topLevel)
        {
            if (at < line.Length && line[at] == '<' && (at == 0 || line[at - 1] != '<') && HereDocument().Match(line, at) is { Success: true } match)
            {
                yield return match.Groups["word"].Value;
            }
        }
    }

    // "<<" (not the "<<<" here-string), an optional "-", and the delimiter word, quoted or not.
    [GeneratedRegex(@"\G<<-?\s*(?<q>['""]?)(?<word>[A-Za-z_][A-Za-z0-9_]*)\k<q>")]
    private static partial Regex HereDocument();

    // A line ending in a pipe or a list operator goes on on the next line.
    [GeneratedRegex(@"(?:\|\||&&|\|)$")]
    private static partial Regex Continued();
}
