using Groundplan.Render;

namespace Groundplan.Parse;

/// <summary>Reads a plan written in any of the formats, by Groundplan, by a model or by a person, back into the plan model.</summary>
public static class PlanParser
{
    /// <summary>
    /// Parses <paramref name="text"/> as <paramref name="format"/>, or recognises the format from the text when null.
    /// </summary>
    /// <remarks>
    /// Markdown never fails to parse: structure the format does not expect is kept as data (headings, list items, lines
    /// outside the plan) for lint to report. A plan wrapped in a ```markdown fence is read from inside it.
    /// </remarks>
    /// <param name="text">The plan's text; CR/LF and a byte-order mark are accepted.</param>
    /// <param name="format">The format to read, or null to detect it.</param>
    /// <param name="file">The file name used in error messages and kept on the result.</param>
    /// <exception cref="GroundplanException">JSON that is malformed or is not a plan, with the file, line and column.</exception>
    public static ParsedPlan Parse(string text, PlanFormat? format = null, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normal = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = normal.Split('\n');
        if (format == PlanFormat.Json || (format is null && normal.TrimStart().StartsWith('{')))
        {
            return new ParsedPlan { Format = PlanFormat.Json, FormatDetected = format is null, Plan = PlanJson.Read(normal, file), File = file, Lines = lines };
        }

        var source = PlanSource.Open(normal, lines);
        var doc = source.Document;
        var actual = format ?? FormatDetector.Detect(doc.Text, doc.Headings());
        var reading = new PlanReading();
        var plan = actual switch
        {
            PlanFormat.Spec => new SpecReader(doc, reading).Read(),
            PlanFormat.Blueprint => new BlueprintReader(doc, reading).Read(),
            _ => new ChecklistReader(doc, reading).Read(),
        };
        var fenced = doc.FencedRanges();
        return new ParsedPlan
        {
            Format = actual,
            FormatDetected = format is null,
            Plan = plan,
            File = file,
            Lines = lines,
            Title = reading.Title,
            ExportPath = ExportLine.Find(lines),
            Headings = doc.Headings(),
            CodeSpans = doc.CodeSpans(),
            Fences = source.Wrapper is { } wrapper ? [wrapper, .. doc.Fences()] : doc.Fences(),
            Markers = MarkerScanner.Scan(lines, source.Wrapper is null ? fenced : [.. fenced, .. Outer(source)]),
            ImpactTable = reading.ImpactTable,
            PhaseHeadings = reading.PhaseHeadings,
            TaskLabels = reading.TaskLabels,
            ListItems = reading.ListItems,
            OutsideLines = [.. source.Outside, .. reading.Outside],
            WrappedInFence = source.Wrapped,
        };
    }

    /// <summary>The wrapper's own fence lines (not its content): markers there are not plan text either.</summary>
    private static IEnumerable<(int, int)> Outer(PlanSource source) =>
        source.Wrapper is { } w ? [(w.StartLine, w.StartLine), (w.EndLine, w.EndLine)] : [];
}
