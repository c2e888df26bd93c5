using Groundplan.Render;

namespace Groundplan.Cli.Commands;

/// <summary>The parsed options of <c>groundplan plan</c>, before the request text is read.</summary>
internal sealed record PlanSettings(
    IngestSettings Ingest,
    string? Request,
    string? RequestFile,
    string? Story,
    string? StoryFile,
    string Format,
    string? Out,
    bool Stdout,
    bool Force,
    string Engine)
{
    /// <summary>Every problem with the options at once; the request's text is checked after it is read.</summary>
    public IReadOnlyList<string> Validate(out PlanFormat format)
    {
        var problems = new List<string>(Ingest.Validate());
        if (!PlanFormats.TryParse(Format, out format))
        {
            problems.Add($"unknown format '{Format}' (use {string.Join(", ", PlanFormats.Names)})");
        }

        if (Out is not null && Stdout)
        {
            problems.Add("--out and --stdout cannot be used together");
        }

        if (Out is { Length: 0 })
        {
            problems.Add("--out is empty");
        }

        if (Request is not null && RequestFile is not null)
        {
            problems.Add("--request and --request-file cannot be used together");
        }

        if (Request is null && RequestFile is null)
        {
            problems.Add("the feature request is missing: give --request \"...\", --request-file FILE or --request - (standard input)");
        }

        if (Story is not null && StoryFile is not null)
        {
            problems.Add("--story and --story-file cannot be used together");
        }

        if (Request == "-" && Story == "-")
        {
            problems.Add("only one of --request and --story can read standard input");
        }

        if (!string.Equals(Engine, "offline", StringComparison.Ordinal))
        {
            problems.Add($"unknown engine '{Engine}' (available: offline)");
        }

        return problems;
    }

    /// <summary>Where the plan goes when --out is not given: EXPORT/plan_&lt;slug&gt;.md for spec (seed 003), a suffixed name beside it otherwise.</summary>
    public static string DefaultPath(string slug, PlanFormat format) => format switch
    {
        PlanFormat.Spec => PlanExport.RelativePath(slug),
        PlanFormat.Json => $"{PlanExport.Directory}/plan_{slug}.json",
        _ => $"{PlanExport.Directory}/plan_{slug}.{PlanFormats.Name(format)}.md",
    };
}
