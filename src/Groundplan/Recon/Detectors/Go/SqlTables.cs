using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>Tables from CREATE TABLE statements in .sql files: their columns and the tables they reference.</summary>
internal static partial class SqlTables
{
    private static readonly string[] NotColumns = ["CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "INDEX", "KEY", "EXCLUDE"];

    /// <summary>One model fact per CREATE TABLE, in file order; later ALTERs are not applied.</summary>
    public static IEnumerable<ReconFact> Models(ReconContext context, IEnumerable<SourceFile> sqlFiles, string detector)
    {
        foreach (var file in sqlFiles)
        {
            foreach (Match create in CreateTable().Matches(file.Text))
            {
                var body = Body(file.Text, create.Index + create.Length);
                var columns = new List<string>();
                var references = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var definition in SplitTopLevel(body))
                {
                    var first = definition.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                    if (first is not null && !NotColumns.Contains(first.ToUpperInvariant()))
                    {
                        columns.Add(first.Trim('"', '`'));
                    }

                    foreach (Match reference in References().Matches(definition))
                    {
                        references.Add(reference.Groups[1].Value);
                    }
                }

                var value = "columns: " + string.Join(", ", columns)
                    + (references.Count > 0 ? "; references: " + string.Join(", ", references) : string.Empty);
                yield return new ReconFact(ReconTopic.Model, create.Groups[1].Value, value, FactStatus.Found,
                    [context.AtIndex(file, create.Index)], detector);
            }
        }
    }

    private static string Body(string text, int start)
    {
        var depth = 1;
        for (var i = start; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[start..i];
            }
        }

        return text[start..];
    }

    private static IEnumerable<string> SplitTopLevel(string body)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            depth += body[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (body[i] == ',' && depth == 0)
            {
                yield return body[start..i].Trim();
                start = i + 1;
            }
        }

        yield return body[start..].Trim();
    }

    [GeneratedRegex(@"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[""`]?(?:\w+\.)?(\w+)[""`]?\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"REFERENCES\s+[""`]?(?:\w+\.)?(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex References();
}
