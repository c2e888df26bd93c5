using System.Text.RegularExpressions;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Tests.Recon.Detectors.Shared;

public sealed class LineScanTests
{
    private static readonly string[] Texts =
    [
        "a\nxab\n",
        "a { x\nab }\r\nab\r\n",
        "// cache(a)\ncache(b)\n  cache(c) cache(d)\nfoo.cache(e)\n",
        "export const revalidate = 60\nexport  const revalidate=1\r\n\r\nexport const revalidate = 2",
        "\n\n\ncache(x)",
        "cache(",
        string.Empty,
        "no match here\nnor here\n",
    ];

    public static TheoryData<string> Patterns() =>
    [
        @"a[^}]*b",
        @"(?<![.\w])cache\((\w)",
        @"^export\s+const\s+revalidate\s*=\s*(\d+)",
        @"\bcache\(",
        @"b\s*}?",
        @"(?<![\w.])(revalidate|cache)\((?=(.*)$)",
        @"= (\d+)$",
    ];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Matches_AnyText_SameLinesAndMatchesAsLineByLine(string source)
    {
        // Given a pattern and texts where whole-text matches span lines, lines end in CRLF, and comment lines are skipped
        var pattern = new Regex(source);
        static bool Skip(string line) => line.TrimStart().StartsWith("//", StringComparison.Ordinal);
        foreach (var text in Texts)
        {
            var expected = text.Split('\n').Select((line, i) => (Line: i + 1, Text: line.TrimEnd('\r')))
                .Where(l => !Skip(l.Text) && pattern.IsMatch(l.Text))
                .Select(l => $"{l.Line}:{l.Text}:{pattern.Match(l.Text).Value}:{pattern.Match(l.Text).Index}");

            // When the text is scanned whole
            var found = LineScan.Matches(pattern, text, Skip)!.Select(m => $"{m.Line}:{m.Text}:{m.Match.Value}:{m.Match.Index}");

            // Then it finds exactly the lines, matches and positions matching line by line does
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void Matches_PatternWithoutWholeTextForm_IsNull()
    {
        // Given a pattern whose lookbehind would see the newline before a line, which the line alone does not show
        var pattern = new Regex(@"(?<!\s)cache");

        // When it is scanned, Then the caller is told to match line by line
        Assert.Null(LineScan.Matches(pattern, "x\ncache\r\n"));
    }
}
