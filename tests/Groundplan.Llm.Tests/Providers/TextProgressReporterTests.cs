using Groundplan.Llm.Providers;

namespace Groundplan.Llm.Tests.Providers;

public sealed class TextProgressReporterTests
{
    [Fact]
    public void Report_StagesNoticesAndLongReplies_WritesShortLines()
    {
        // Given a reporter over a writer
        var output = new StringWriter();
        var progress = new TextProgressReporter(output);

        // When a stage streams 9,000 characters in 200-character steps and a retry notice arrives
        for (var chars = 200; chars <= 9000; chars += 200)
        {
            progress.Report(new LlmProgress("draft", chars));
        }

        progress.Report(new LlmProgress("retry", 0, "HTTP 429 from the model's server; retry 1 of 4 in 7 s"));

        // Then: the stage once, a line per 4,000 characters, and the notice
        Assert.Equal(
            "model: draft…\n  draft: 4,000 characters received\n  draft: 8,000 characters received\n  retry: HTTP 429 from the model's server; retry 1 of 4 in 7 s\n",
            output.ToString().ReplaceLineEndings("\n"));
    }
}
