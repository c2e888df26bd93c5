using Groundplan.Model.Plans;
using Groundplan.Parse;
using Groundplan.Render;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Groundplan.Tests.Render;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("npm test", "`npm test`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`tick`", "`` `tick` ``")]
    [InlineData("x ``y`` z", "```x ``y`` z```")]
    [InlineData(" padded ", "`padded`")]
    [InlineData("two\nlines", "`two lines`")]
    public void Code_AnyText_SpanWhoseContentIsTheText(string text, string expected)
    {
        // When
        var span = MarkdownText.Code(text);

        // Then Markdig reads the span back to the same content
        Assert.Equal(expected, span);
        var code = Markdown.Parse(span).Descendants<CodeInline>().Single();
        Assert.Equal(MarkdownText.OneLine(text), code.Content);
    }

    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("already \\| escaped", "already \\| escaped")]
    [InlineData("`x|y`", "`x\\|y`")]
    [InlineData("line\nbreak", "line break")]
    public void Cell_Pipes_EscapedForPipeTables(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Cell(text));
    }

    [Fact]
    public void Render_SpecTableWithPipesAndBackticks_MarkdigSeesThreeCellsPerRow()
    {
        // Given paths and reasons full of table syntax
        var plan = TestPlans.RailsCsv() with
        {
            ImpactedFiles = [new ImpactedFile("lib/a|b.rb", ChangeType.New, "Splits on `|` and ``double`` ticks | really."), new ImpactedFile("lib/`odd`.rb", ChangeType.Edit, "x")],
        };

        // When
        var text = PlanRenderer.Render(plan, PlanFormat.Spec);
        var table = Markdown.Parse(text, new MarkdownPipelineBuilder().UsePipeTables().Build()).Descendants<Table>().Single();
        var parsed = PlanParser.Parse(text, PlanFormat.Spec);

        // Then
        Assert.All(table.OfType<TableRow>(), row => Assert.Equal(3, row.Count));
        Assert.Equal(plan.ImpactedFiles, parsed.Plan.ImpactedFiles.Select(f => f with { SourceLine = null }));
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("plain `code`", "plain `code`")]
    public void Paragraph_LeadingBlockSyntax_Escaped(string text, string expected)
    {
        // When
        var paragraph = MarkdownText.Paragraph(text);

        // Then
        Assert.Equal(expected, paragraph);
        Assert.IsType<ParagraphBlock>(Markdown.Parse(paragraph).Single());
    }

    [Fact]
    public void Fence_CodeWithBackticks_LongerFence()
    {
        // Given
        var code = "const s = ```\nnested\n```;";

        // When
        var text = new MarkdownWriter().Fence("ts", code).ToString();

        // Then
        var fence = Markdown.Parse(text).Descendants<FencedCodeBlock>().Single();
        Assert.Equal(code, string.Join('\n', fence.Lines.Lines.Take(fence.Lines.Count).Select(l => l.Slice.ToString())));
    }
}
