using Groundplan.Recon.Detectors.Common;

namespace Groundplan.Retrieve;

/// <summary>The kind of part a file is, read from its path: the vocabulary of <see cref="Model.Retrieval.NewFileProposal.Part"/>.</summary>
internal static class FileRoles
{
    public static string? Part(string path)
    {
        var lower = path.ToLowerInvariant();
        var name = PathKinds.FileName(lower);
        if (PathKinds.IsTest(path))
        {
            return "test";
        }

        if (lower.StartsWith("config/", StringComparison.Ordinal) || lower.Contains("/config/", StringComparison.Ordinal) || lower.Contains("/migrations/", StringComparison.Ordinal) || lower.Contains("/migrate/", StringComparison.Ordinal) || PathKinds.NoiseFactor(path) < 1)
        {
            return null;
        }

        var baseName = name.Split('.')[0];
        if (baseName is "index" && IsUnitFolder(path))
        {
            // SeriesEditor/index.tsx is the SeriesEditor component, not a barrel file.
            return "component";
        }

        if (baseName is "schema" or "routes" or "urls" or "settings" or "index" or "server" or "main" or "program" or "startup" or "app" or "application" or "constants" or "types")
        {
            // Hubs and configuration are edited, not repeated.
            return null;
        }

        if (name.Contains("controller", StringComparison.Ordinal))
        {
            return "controller";
        }

        if (lower.Contains("/models/", StringComparison.Ordinal) || lower.Contains("/entities/", StringComparison.Ordinal) || name is "models.py")
        {
            return name is "models.py" ? null : "model";
        }

        if (lower.Contains("/views/", StringComparison.Ordinal) || lower.Contains("/templates/", StringComparison.Ordinal) || name.EndsWith(".erb", StringComparison.Ordinal) || name.EndsWith(".cshtml", StringComparison.Ordinal))
        {
            return "view";
        }

        if (lower.Contains("/pages/", StringComparison.Ordinal) || lower.Contains("/app/", StringComparison.Ordinal) && name.StartsWith("page.", StringComparison.Ordinal))
        {
            return "page";
        }

        if (name.EndsWith(".tsx", StringComparison.Ordinal) || name.EndsWith(".jsx", StringComparison.Ordinal) || name.EndsWith(".vue", StringComparison.Ordinal)
            || name.EndsWith(".svelte", StringComparison.Ordinal) || name.Contains(".component.", StringComparison.Ordinal) || lower.Contains("/components/", StringComparison.Ordinal))
        {
            return "component";
        }

        if (name.Contains("service", StringComparison.Ordinal))
        {
            return "service";
        }

        if (lower.Contains("/dtos/", StringComparison.Ordinal) || name.Contains("dto", StringComparison.Ordinal))
        {
            return "dto";
        }

        return name.EndsWith(".json", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".md", StringComparison.Ordinal)
            || !name.Contains('.', StringComparison.Ordinal) || name.StartsWith('.') ? null : "module";
    }

    /// <summary>Whether <paramref name="path"/> is a component kept as its folder's index (SeriesEditor/index.tsx).</summary>
    public static bool IsUnitFolder(string path)
    {
        var dir = PathKinds.Directory(path);
        var folder = dir[(dir.LastIndexOf('/') + 1)..];
        var name = PathKinds.FileName(path);
        return NameCase.Of(folder) == NameCase.Pascal
            && (name.EndsWith(".tsx", StringComparison.Ordinal) || name.EndsWith(".jsx", StringComparison.Ordinal) || name.EndsWith(".vue", StringComparison.Ordinal));
    }
}
