using System.Text;
using Groundplan.Parse;
using Groundplan.Render;
using Groundplan.Tests.Render;

namespace Groundplan.Tests.Parse;

public sealed class PlanParserRobustnessTests
{
    private static readonly string[] Junk = ["`", "``", "|", "#", "####", "*", "**", "[", "]", "[ ]", "- ", "1. ", "```", "~~~", "\t", "\n", "\n\n", ">", "\\", "<!--", "é", "\u200b", "ASSUMPTION:", "[NEEDS CONFIRMATION]", "Phase 9:", "**1.1.", "| a | b |\n|---|---|"];

    public static TheoryData<PlanFormat?> Formats() => [null, PlanFormat.Checklist, PlanFormat.Spec, PlanFormat.Blueprint];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_MangledPlans_NeverThrows(PlanFormat? format)
    {
        // Given plans in every format, mangled a few hundred ways with a fixed seed
        var sources = TestPlans.All.SelectMany(p => new[] { PlanFormat.Checklist, PlanFormat.Spec, PlanFormat.Blueprint }.Select(f => PlanRenderer.Render(p.Plan, f)))
            .Concat(PlanFixtures.All().Select(PlanFixtures.Text))
            .ToList();
        var random = new Random(20261121);

        // When / Then every parse returns, and every reported line is inside the text
        for (var i = 0; i < 100; i++)
        {
            var text = Mangle(sources[i % sources.Count], random);
            var parsed = PlanParser.Parse(text, format, "mangled.md");
            var lines = parsed.Lines.Count;
            Assert.All(parsed.Headings, h => Assert.InRange(h.Line, 1, lines));
            Assert.All(parsed.CodeSpans, s => Assert.InRange(s.Line, 1, lines));
            Assert.All(parsed.Markers, m => Assert.InRange(m.Line, 1, lines));
            Assert.All(parsed.Plan.Phases.SelectMany(p => p.Tasks).SelectMany(t => t.Steps), s => Assert.InRange(s.SourceLine ?? 0, 1, lines));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\uFEFF")]
    [InlineData("```")]
    [InlineData("```markdown\n### Implementation Plan: x")]
    [InlineData("#")]
    [InlineData("| | |\n|-|-|\n| | |")]
    [InlineData("# Plan: (")]
    [InlineData("# Plan: x ()\n## Impacted Files & Directories\n| a |\n|---|\n| `b` |")]
    [InlineData("## Phase : \n### Changes Required:\n#### \n**File**:\n**Changes**:")]
    [InlineData("- [ ] **\n    - [ ]")]
    [InlineData("\r\n\r### Implementation Plan:\r\n#### Phase 99999999999: x\r\n- [ ] **99999999999.1. y**")]
    public void Parse_DegenerateText_ReturnsAPlan(string text)
    {
        foreach (var format in new PlanFormat?[] { null, PlanFormat.Checklist, PlanFormat.Spec, PlanFormat.Blueprint })
        {
            var parsed = PlanParser.Parse(text, format);
            Assert.NotNull(parsed.Plan);
            Assert.True(PlanSlug.IsValid(parsed.Plan.Slug) || parsed.Title?.Slug is not null);
        }
    }

    private static string Mangle(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var edits = random.Next(1, 6); edits > 0 && lines.Count > 1; edits--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    (lines[at], lines[^1]) = (lines[^1], lines[at]);
                    break;
                case 2:
                    lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), Junk[random.Next(Junk.Length)]);
                    break;
                case 3:
                    lines[at] = new string(' ', random.Next(9)) + lines[at];
                    break;
                default:
                    lines.Insert(at, Junk[random.Next(Junk.Length)]);
                    break;
            }
        }

        var mangled = new StringBuilder(string.Join('\n', lines));
        return random.Next(4) == 0 ? mangled.ToString(0, random.Next(mangled.Length + 1)) : mangled.ToString();
    }
}
