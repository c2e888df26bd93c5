namespace Groundplan.Recon.Detectors.Node;

/// <summary>A table or entity found in ORM code: its fields and its relations ("author -> User", "tags -> Tag[]").</summary>
internal sealed record OrmModel(string Name, int Line, string? Table, IReadOnlyList<string> Fields, IReadOnlyList<string> Relations)
{
    public string Describe() =>
        (Table is null ? string.Empty : $"table {Table}; ")
        + $"fields: {string.Join(", ", Fields)}"
        + (Relations.Count == 0 ? string.Empty : "; relations: " + string.Join(", ", Relations));
}
