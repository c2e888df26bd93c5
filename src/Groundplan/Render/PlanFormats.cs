namespace Groundplan.Render;

/// <summary>The formats' names as users type them: "checklist", "spec", "blueprint", "json".</summary>
public static class PlanFormats
{
    /// <summary>Every format's name, in the order of <see cref="PlanFormat"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["checklist", "spec", "blueprint", "json"];

    /// <summary>Reads a format name, case-insensitively and ignoring surrounding spaces.</summary>
    public static bool TryParse(string? name, out PlanFormat format)
    {
        format = default;
        var wanted = name?.Trim();
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], wanted, StringComparison.OrdinalIgnoreCase))
            {
                format = (PlanFormat)i;
                return true;
            }
        }

        return false;
    }

    /// <summary>The name of <paramref name="format"/> as <see cref="TryParse"/> reads it.</summary>
    public static string Name(PlanFormat format) => format switch
    {
        PlanFormat.Checklist or PlanFormat.Spec or PlanFormat.Blueprint or PlanFormat.Json => Names[(int)format],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown plan format"),
    };

    /// <summary>The file extension a rendered plan gets: ".json" for JSON, ".md" for the Markdown formats.</summary>
    public static string Extension(PlanFormat format) => format == PlanFormat.Json ? ".json" : ".md";
}
