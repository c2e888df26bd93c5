using System.Text;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>Splits shell text (a CI run block, a recipe, a documented snippet) into commands with their 0-based line offsets.</summary>
internal static class ShellLines
{
    public static IEnumerable<(string Command, int Offset)> Split(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = i;
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // A trailing backslash continues the command on the next line; cite where it starts.
            var command = new StringBuilder();
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                command.Append(line[..^1].TrimEnd()).Append(' ');
                line = lines[++i].TrimEnd('\r').Trim();
            }

            command.Append(line.TrimEnd('\\').TrimEnd());
            var result = StripComment(command.ToString());
            if (result.Length > 0)
            {
                yield return (result, start);
            }
        }
    }

    /// <summary>The command without a trailing <c># comment</c> outside quotes.</summary>
    public static string StripComment(string command)
    {
        var quote = '\0';
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && i > 0 && char.IsWhiteSpace(command[i - 1]))
            {
                return command[..i].TrimEnd();
            }
        }

        return command.Trim();
    }

    /// <summary>Joins commands the way a shell would run them one after another, cut to a short value.</summary>
    public static string Join(IEnumerable<string> commands)
    {
        var joined = string.Join(" && ", commands);
        return joined.Length > 160 ? joined[..157] + "..." : joined;
    }
}
