using Groundplan.Model.Plans;

namespace Groundplan.Render;

/// <summary>The seeds' four phase names, and which one a heading written by someone else means.</summary>
internal static class PhaseTitles
{
    public static readonly PhaseKind[] Standard = [PhaseKind.DataLayer, PhaseKind.Backend, PhaseKind.Frontend, PhaseKind.Testing];

    public static string Canonical(PhaseKind kind) => kind switch
    {
        PhaseKind.DataLayer => "Data Layer & Schema",
        PhaseKind.Backend => "Backend Logic",
        PhaseKind.Frontend => "Frontend Implementation",
        PhaseKind.Testing => "Testing and Validation",
        _ => "Other",
    };

    /// <summary>The standard phase a title names ("Testing &amp; Validation", "data layer and schema"), else <see cref="PhaseKind.Other"/>.</summary>
    public static PhaseKind KindOf(string title)
    {
        var words = Words(title);
        return words switch
        {
            "data layer schema" or "data layer" or "data layer and schema" or "database schema" or "data model" => PhaseKind.DataLayer,
            "backend logic" or "backend" or "back end logic" => PhaseKind.Backend,
            "frontend implementation" or "frontend" or "front end implementation" => PhaseKind.Frontend,
            "testing and validation" or "testing validation" or "testing" or "tests" => PhaseKind.Testing,
            _ => PhaseKind.Other,
        };
    }

    private static string Words(string title)
    {
        var normal = title.Replace("&", " ", StringComparison.Ordinal).Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();
        return string.Join(' ', normal.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
