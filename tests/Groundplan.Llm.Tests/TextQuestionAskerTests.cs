using Groundplan.Model.Plans;

namespace Groundplan.Llm.Tests;

public sealed class TextQuestionAskerTests
{
    [Fact]
    public void Ask_AnswerThenEmptyThenEndOfInput_ReturnsAnswerThenOpenThenStops()
    {
        // Given a terminal with one answer, one empty line, then the end of input
        var output = new StringWriter();
        var asker = new TextQuestionAsker(new StringReader("  Cascade them  \n\n"), output);
        var question = new OpenQuestion("Delete bookmarks with posts?", "Step 1 keeps them");

        // When three questions are asked
        var answers = new[] { asker.Ask(question, 1, 3), asker.Ask(question, 2, 3), asker.Ask(question, 3, 3), asker.Ask(question, 3, 3) };

        // Then the answer is trimmed, the empty one stays open, and the asker stops at the end of input
        Assert.Equal(new string?[] { "Cascade them", null, null, null }, answers);
        Assert.Contains("Question 1 of 3: Delete bookmarks with posts?\n  (Step 1 keeps them)\nAnswer (empty to leave it open): ", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(3, output.ToString().Split("Question ").Length - 1);
    }
}
