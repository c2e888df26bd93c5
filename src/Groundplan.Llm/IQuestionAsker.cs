using Groundplan.Model.Plans;

namespace Groundplan.Llm;

/// <summary>Asks the user a clarifying question and returns the answer: the terminal in <c>--interactive</c>, a script in tests.</summary>
public interface IQuestionAsker
{
    /// <summary>The answer to <paramref name="question"/> (number <paramref name="number"/> of <paramref name="count"/>), or null to leave it open.</summary>
    string? Ask(OpenQuestion question, int number, int count);
}
