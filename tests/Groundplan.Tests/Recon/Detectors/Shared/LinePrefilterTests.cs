using System.Text.RegularExpressions;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Tests.Recon.Detectors.Shared;

public sealed class LinePrefilterTests
{
    // Texts whose lines sit next to newlines in both conventions, with words on either side of each line break.
    private static readonly string[] Texts =
    [
        "import x from 'y'\nexport const revalidate = 60\nconst a = b\n",
        "import x from 'y'\r\nexport const revalidate = 60\r\nconst a = b\r\n",
        "word\ncache(key)\nfoo.cache(key)\n",
        "word\r\ncache(key)\r\nend",
        "  'use cache'\nlet z = 1",
        "const total = 1\nnothing here\n",
        "abc\n\n\nxyz",
    ];

    public static TheoryData<string> Patterns() =>
    [
        @"^export\s+const\s+revalidate\s*=",
        @"^\s*['""]use cache(?::\s*\w+)?['""]",
        @"(?<![.\w])cache\(",
        @"(?<!\s)cache\(",
        @"cache\((?!\w)",
        @"cache\((?!.)",
        @"(?<![^x])cache\(",
        @"^(?:export\s+)?(?:const|let)\s+(\w+)\s*=",
        @"total = 1$",
        @"^$",
        @"(?<!^)cache",
        @"(\w+)\((?=(.*)$)",
        @"= 60$",
        @"^\s*$",
    ];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void MayMatch_AnyLineMatches_IsTrue(string source)
    {
        // Given a pattern matched line by line, as detectors do, over texts in both newline conventions
        var pattern = new Regex(source);
        foreach (var text in Texts)
        {
            var lineMatches = text.Split('\n').Any(line => pattern.IsMatch(line.TrimEnd('\r')));

            // When the whole text is prefiltered
            var may = LinePrefilter.MayMatch(pattern, text);

            // Then no text that has a matching line is ever filtered out
            Assert.True(may || !lineMatches, $"'{source}' filtered out a text with a matching line: {text.ReplaceLineEndings("\\n")}");
        }
    }

    [Theory]
    [InlineData(@"^export\s+const\s+revalidate\s*=", true)]
    [InlineData(@"(?<![.\w])cache\(", true)]
    [InlineData(@"cache\((?!\w)", true)]
    [InlineData(@"\bunstable_cache\(", true)]
    [InlineData(@"(?<!\s)cache\(", false)]
    [InlineData(@"cache\((?!.)", false)]
    [InlineData(@"(?<![^x])cache\(", false)]
    [InlineData(@"total = 1$", true)]
    [InlineData(@"(?<![\w.])(revalidatePath)\((?=(.*)$)", true)]
    [InlineData(@"\Aexport", false)]
    public void Prefilter_Pattern_StandsForItOverTheWholeTextOnlyWhenSafe(string source, bool filters)
    {
        // Given a pattern with line anchors or lookarounds, and a text none of whose lines it matches
        var pattern = new Regex(source);
        const string text = "nothing\nto see\r\nhere\n";

        // When its whole-text form is asked for
        var whole = LinePrefilter.Prefilter(pattern);

        // Then only the safe patterns have one, and it rejects the text
        Assert.Equal(filters, whole is not null);
        Assert.Equal(!filters, LinePrefilter.MayMatch(pattern, text));
    }
}
