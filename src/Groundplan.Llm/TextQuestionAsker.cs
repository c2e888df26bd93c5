using Groundplan.Model.Plans;

namespace Groundplan.Llm;

/// <summary>Asks clarifying questions one at a time over a reader and a writer: the CLI passes the terminal (stdin, stderr) for <c>--interactive</c>.</summary>
/// <remarks>An empty answer leaves the question open; the end of input stops asking.</remarks>
public sealed class TextQuestionAsker(TextReader input, TextWriter output) : IQuestionAsker
{
    private bool _ended;

    /// <inheritdoc/>
    public string? Ask(OpenQuestion question, int number, int count)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (_ended)
        {
            return null;
        }

        output.WriteLine();
        output.WriteLine($"Question {number} of {count}: {question.Question}");
        if (question.Context.Length > 0)
        {
            output.WriteLine($"  ({question.Context})");
        }

        output.Write("Answer (empty to leave it open): ");
        output.Flush();
        var answer = input.ReadLine();
        _ended = answer is null;
        return string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
    }
}
