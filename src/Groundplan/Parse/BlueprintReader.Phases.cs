using System.Text.RegularExpressions;
using Groundplan.Render;
using Markdig.Syntax;
using CodeBlock = Groundplan.Model.Plans.CodeBlock;

namespace Groundplan.Parse;

internal sealed partial class BlueprintReader
{
    private void Phase(Section section)
    {
        PlanParts.TryPhase(section.Text, out var number, out var name);
        var kind = PhaseTitles.KindOf(name);
        var line = doc.LineOf(section.Heading);
        reading.PhaseHeadings.Add(new PlanPhaseHeading(number, name, kind, section.Heading.Level, line));
        var phase = new PhaseBuilder(kind, name, line);
        _phases.Add(phase);
        Overview(phase, section.Body(_blocks));
        foreach (var child in section.Children(_blocks))
        {
            if (child.Key == "overview")
            {
                Overview(phase, child.All(_blocks));
            }
            else if (child.Key.StartsWith("changes", StringComparison.Ordinal))
            {
                foreach (var group in child.Children(_blocks))
                {
                    phase.Tasks.Add(Group(group));
                }
            }
            else if (child.Key.Contains("validation", StringComparison.Ordinal) || child.Key.Contains("success criteria", StringComparison.Ordinal))
            {
                foreach (var (text, itemLine) in CommonSections.Items(doc, child.All(_blocks), CodeSpanRole.Command))
                {
                    doc.MarkLine(itemLine, CodeSpanRole.Command);
                    phase.ValidationCommands.Add(CodeSpanText.Whole(text) ?? text);
                }
            }
        }
    }

    private void Overview(PhaseBuilder phase, IEnumerable<Block> blocks)
    {
        foreach (var paragraph in blocks.OfType<ParagraphBlock>())
        {
            var text = doc.Flat(paragraph);
            if (PlanParts.StripNotNeeded(text, out var reason))
            {
                phase.NotNeeded = reason;
            }
            else if (phase.Overview.Length == 0)
            {
                phase.Overview = text;
            }
        }
    }

    private TaskBuilder Group(Section group)
    {
        var match = GroupTitle().Match(group.Text);
        var title = match.Groups["title"].Value.Trim();
        var line = doc.LineOf(group.Heading);
        reading.TaskLabels.Add(new PlanTaskLabel(match.Groups["number"].Value, title, reading.PhaseHeadings.Count - 1, line));
        var task = new TaskBuilder(title, line);
        foreach (var field in LabelledFields.Read(doc, group.All(_blocks)))
        {
            GroupField(task, field);
        }

        return task;
    }

    private void GroupField(TaskBuilder task, LabelledField field)
    {
        var key = field.Key;
        if (key is "file" or "files")
        {
            doc.MarkLine(field.Line, CodeSpanRole.FileList);
            task.Files.AddRange(field.ValueAndItems().SelectMany(v => CodeSpanText.All(v.Text) is { Count: > 0 } codes ? codes : [v.Text]));
            return;
        }

        var role = key switch
        {
            "changes" or "" => CodeSpanRole.Step,
            _ when key.StartsWith("context", StringComparison.Ordinal) => CodeSpanRole.Context,
            _ => CodeSpanRole.Signature,
        };
        doc.MarkLine(field.Line, role);
        foreach (var (_, _, item) in field.Items)
        {
            doc.Mark(item, role);
        }

        var texts = field.ValueAndItems().Select(v => PlanParts.StripCheckbox(v.Text)).ToList();
        var fences = field.Fences.Select(f => new CodeBlock(f.Info ?? string.Empty, PlanDocument.Code(f))).ToList();
        switch (key)
        {
            case "changes" or "":
                task.Steps.AddRange(field.ValueAndItems().Select(v => PlanParts.Step(v.Text, v.Line)));
                Fences(field, FenceRole.Signature);
                task.Signatures.AddRange(fences);
                break;
            case "testing requirements" or "tests" or "test signatures":
                Fences(field, FenceRole.TestSignature);
                task.TestSignatures.AddRange(fences);
                break;
            case "test objectives":
                task.TestObjectives.AddRange(texts);
                break;
            case "notes":
                task.Notes.AddRange(texts);
                break;
            case var _ when key.Contains("respons", StringComparison.Ordinal):
                task.Responsibilities.AddRange(texts);
                Fences(field, FenceRole.Signature);
                task.Signatures.AddRange(fences);
                break;
            case var _ when key.StartsWith("context", StringComparison.Ordinal):
                task.Context.AddRange(texts);
                break;
        }
    }

    private void Fences(LabelledField field, FenceRole role)
    {
        foreach (var fence in field.Fences)
        {
            doc.MarkFence(fence, role);
        }
    }

    [GeneratedRegex(@"^\s*(?<number>\d+(?:\.\d+)*)?\s*[.):\-\u2013\u2014]?\s*(?<title>.*)$")]
    private static partial Regex GroupTitle();
}
