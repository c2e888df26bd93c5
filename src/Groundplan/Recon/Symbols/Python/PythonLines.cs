using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.Python;

/// <summary>Splits masked Python into logical lines, skipping blank and comment-only ones.</summary>
internal static class PythonLines
{
    public static IReadOnlyList<PythonLogicalLine> Split(ScannedText text)
    {
        var spans = new List<(int Open, int End)>();
        for (var k = 0; k + 1 < text.Markers.Count; k += 2)
        {
            spans.Add((text.Markers[k], text.Markers[k + 1]));
        }

        var result = new List<PythonLogicalLine>();
        var depth = 0;
        var continued = false;
        var start = -1;
        for (var line = 1; line <= text.LineCount; line++)
        {
            var masked = text.MaskedLine(line);
            var offset = text.LineStart(line);
            var inString = spans.Any(s => s.Open < offset && offset <= s.End);
            if (start < 0 && !inString && depth == 0 && !continued && masked.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            if (start < 0)
            {
                start = line;
            }

            foreach (var c in masked)
            {
                depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            }

            depth = Math.Max(depth, 0);
            var trimmed = masked.TrimEnd();
            continued = trimmed.EndsWith('\\');
            var nextInString = line < text.LineCount && spans.Any(s => s.Open < text.LineStart(line + 1) && text.LineStart(line + 1) <= s.End);
            if (depth == 0 && !continued && !nextInString)
            {
                result.Add(Build(text, start, line));
                start = -1;
            }
        }

        if (start > 0)
        {
            result.Add(Build(text, start, text.LineCount));
        }

        return result;
    }

    private static PythonLogicalLine Build(ScannedText text, int first, int last)
    {
        var head = text.MaskedLine(first);
        var indent = 0;
        foreach (var c in head)
        {
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent = ((indent / 8) + 1) * 8;
            }
            else
            {
                break;
            }
        }

        var joined = string.Join('\n', Enumerable.Range(first, last - first + 1).Select(text.MaskedLine));
        return new PythonLogicalLine(first, last, indent, joined);
    }
}
