namespace Groundplan.Recon.Detectors.Node;

/// <summary>A model block of a Prisma schema: its scalar fields and relation fields (name, target type as written).</summary>
internal sealed record PrismaModel(string Name, int Line, IReadOnlyList<string> Fields, IReadOnlyList<(string Field, string Type)> Relations)
{
    public string Describe() =>
        $"fields: {string.Join(", ", Fields)}" + (Relations.Count == 0 ? string.Empty : "; relations: " + string.Join(", ", Relations.Select(r => $"{r.Field} -> {r.Type}")));
}
