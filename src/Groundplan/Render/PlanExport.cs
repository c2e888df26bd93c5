namespace Groundplan.Render;

/// <summary>Where seed 003 exports a spec plan: <c>EXPORT/plan_&lt;slug&gt;.md</c>, relative to the working directory.</summary>
public static class PlanExport
{
    /// <summary>The export folder, relative.</summary>
    public const string Directory = "EXPORT";

    /// <summary>"EXPORT/plan_&lt;slug&gt;.md" (always with '/').</summary>
    /// <exception cref="GroundplanException"><paramref name="slug"/> is not a valid slug (see <see cref="PlanSlug.IsValid"/>).</exception>
    public static string RelativePath(string slug)
    {
        if (!PlanSlug.IsValid(slug))
        {
            throw new GroundplanException($"'{slug}' is not a valid plan slug: use 1-{PlanSlug.MaxLength} lower-case letters and digits in hyphen-separated words");
        }

        return $"{Directory}/plan_{slug}.md";
    }
}
