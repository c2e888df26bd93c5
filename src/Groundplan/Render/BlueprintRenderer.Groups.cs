using Groundplan.Model.Plans;

namespace Groundplan.Render;

internal static partial class BlueprintRenderer
{
    private static void Group(MarkdownWriter md, int number, PlanTask task, string language)
    {
        md.Heading(4, $"{number}. {task.Title}");
        md.Line((task.Files.Count > 1 ? "**Files**: " : "**File**: ") + PlanMarkdown.Codes(task.Files));
        md.Line("**Changes**:").Blank();
        md.Bullets(task.Steps.Select(s => s.IsAssumption ? "ASSUMPTION: " + s.Text : s.Text));
        foreach (var signature in task.Signatures)
        {
            md.Fence(LanguageOf(signature, language), signature.Code);
        }

        Labelled(md, "Function Responsibilities", task.Responsibilities);
        if (task.TestSignatures.Count > 0)
        {
            md.Blank().Line("**Testing Requirements:**").Blank();
            foreach (var signature in task.TestSignatures)
            {
                md.Fence(LanguageOf(signature, language), signature.Code);
            }
        }

        Labelled(md, "Test Objectives", task.TestObjectives);
        Labelled(md, "Context for implementation", task.Context);
        Labelled(md, "Notes", task.Notes);
    }

    private static string LanguageOf(CodeBlock block, string language) => block.Language.Length > 0 ? block.Language : language;
}
