using Groundplan.Model.Plans;
using Markdig.Extensions.Tables;

namespace Groundplan.Parse;

internal sealed partial class SpecReader
{
    private List<ImpactedFile> ImpactedFiles(Section? section)
    {
        var table = section?.All(_blocks).OfType<Table>().FirstOrDefault();
        if (table is null)
        {
            return [];
        }

        doc.Mark(table, CodeSpanRole.ImpactedFile);
        var first = doc.LineOf(table);
        var lines = doc.Raw(table).Split('\n');
        var header = TableCells.Split(lines[0]);
        var rows = new List<PlanTableRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0 && !TableCells.IsDelimiterRow(lines[i]))
            {
                rows.Add(new PlanTableRow(TableCells.Split(lines[i]), first + i));
            }
        }

        reading.ImpactTable = new PlanTable(header, first, rows);
        var keys = header.Select(HeadingKey.Of).ToList();
        var path = Column(keys, "path", "file", "files", "file path");
        var change = Column(keys, "change", "change type", "type", "action");
        var why = Column(keys, "why", "reason", "purpose", "description");
        return [.. rows.Select(r => new ImpactedFile(
            CodeSpanText.Whole(Cell(r, path)) ?? Cell(r, path),
            ChangeOf(Cell(r, change)),
            Cell(r, why)) { SourceLine = r.Line })];
    }

    private static int Column(List<string> keys, params string[] names)
    {
        foreach (var name in names)
        {
            var at = keys.IndexOf(name);
            if (at >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    private static string Cell(PlanTableRow row, int column) => column >= 0 && column < row.Cells.Count ? row.Cells[column] : string.Empty;

    private static ChangeType ChangeOf(string cell) => HeadingKey.Of(cell) switch
    {
        "new" or "create" or "add" or "added" or "new file" => ChangeType.New,
        "delete" or "remove" or "removed" or "deleted" => ChangeType.Delete,
        _ => ChangeType.Edit,
    };
}
