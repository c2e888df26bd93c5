using System.Text;

namespace Groundplan.Ingest.Packs;

/// <summary>
/// Repomix's <c>--output-show-line-numbers</c>: every line of the trimmed content gets its 1-based
/// number, right-aligned to the width of the last number, then ": ". An empty file becomes "1: ".
/// </summary>
internal static class LineNumbers
{
    /// <summary>Whether every line of <paramref name="content"/> carries exactly the prefix repomix would write.</summary>
    public static bool IsNumbered(string content) => Strip(content, build: false, out _);

    /// <summary>The content without the prefixes, or false when some line lacks its exact prefix.</summary>
    public static bool TryStrip(string content, out string stripped) => Strip(content, build: true, out stripped);

    private static bool Strip(string content, bool build, out string stripped)
    {
        stripped = string.Empty;
        var span = content.AsSpan();
        var total = span.Count('\n') + 1;
        var width = Digits(total);
        var builder = build ? new StringBuilder(content.Length) : null;
        Span<char> prefix = stackalloc char[width + 2];
        var offset = 0;
        for (var number = 1; number <= total; number++)
        {
            var rest = span[offset..];
            var newline = rest.IndexOf('\n');
            var line = newline < 0 ? rest : rest[..newline];
            Format(number, width, prefix);
            if (!line.StartsWith(prefix))
            {
                return false;
            }

            if (builder is not null)
            {
                if (number > 1)
                {
                    builder.Append('\n');
                }

                builder.Append(line[prefix.Length..]);
            }

            offset += line.Length + 1;
        }

        stripped = builder?.ToString() ?? string.Empty;
        return true;
    }

    private static void Format(int number, int width, Span<char> destination)
    {
        destination.Fill(' ');
        var digits = Digits(number);
        number.TryFormat(destination[(width - digits)..], out _);
        destination[width] = ':';
        destination[width + 1] = ' ';
    }

    private static int Digits(int value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }
}
