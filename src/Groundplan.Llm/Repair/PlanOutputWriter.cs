using System.Text;
using Groundplan.IO;

namespace Groundplan.Llm.Repair;

/// <summary>Writes the engine's result: the plan when it passed the checks, otherwise the rejected draft beside a lint report.</summary>
public static class PlanOutputWriter
{
    /// <summary>Writes <paramref name="result"/> for <paramref name="outputPath"/> and returns the exit code (0 written, 1 rejected).</summary>
    /// <remarks>
    /// A rejected plan never touches <paramref name="outputPath"/> (an existing file there stays as it was); it goes to
    /// <c>&lt;output&gt;.rejected.md</c> with the findings in <c>&lt;output&gt;.lint.txt</c>. Every file is written atomically.
    /// </remarks>
    public static int Write(LlmPlanResult result, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outputPath);
        if (result.IsClean)
        {
            WriteText(outputPath, result.Text);
            return 0;
        }

        WriteText(RejectedPath(outputPath), result.Text);
        WriteText(ReportPath(outputPath), Report(result));
        return 1;
    }

    /// <summary>Where a rejected plan goes.</summary>
    public static string RejectedPath(string outputPath) => outputPath + ".rejected.md";

    /// <summary>Where the lint report of a rejected plan goes.</summary>
    public static string ReportPath(string outputPath) => outputPath + ".lint.txt";

    /// <summary>The lint report: a summary line, then one finding per line.</summary>
    public static string Report(LlmPlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = result.Problems.Count(p => p.Severity == PlanProblemSeverity.Error);
        var text = new StringBuilder()
            .Append($"The plan still has {errors} error{(errors == 1 ? "" : "s")} after {result.RepairRounds} repair round{(result.RepairRounds == 1 ? "" : "s")} (errors per round: {string.Join(" → ", result.ErrorsPerRound)}).\n");
        foreach (var problem in result.Problems)
        {
            text.Append(problem).Append('\n');
        }

        return text.ToString();
    }

    private static void WriteText(string path, string text) =>
        AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));
}
