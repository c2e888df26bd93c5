using System.Globalization;
using System.Text;
using Groundplan.Model.Retrieval;

namespace Groundplan.Retrieve.Output;

/// <summary>The ranking as text for people: one line per file with its score, its reasons indented below.</summary>
internal static class RetrievalTextRenderer
{
    public static string Render(RetrievalResult result, int top)
    {
        var sb = new StringBuilder();
        if (result.Message is not null)
        {
            sb.Append("note: ").Append(result.Message).Append('\n');
        }

        if (result.Terms.Count > 0)
        {
            sb.Append("terms: ").Append(string.Join(", ", result.Terms)).Append('\n');
        }

        sb.Append('\n');
        var rank = 0;
        foreach (var file in result.RankedFiles.Take(top))
        {
            rank++;
            sb.Append(CultureInfo.InvariantCulture, $"{rank,3}. {file.Path}  ({file.Score.ToString("0.###", CultureInfo.InvariantCulture)})\n");
            foreach (var reason in file.Reasons.Take(4))
            {
                sb.Append(CultureInfo.InvariantCulture, $"       {reason.Signal}: {reason.Detail}\n");
            }

            if (file.Symbols.Count > 0)
            {
                sb.Append("       symbols: ").Append(string.Join(", ", file.Symbols.Take(5).Select(s => $"{s.Name} (line {s.StartLine})"))).Append('\n');
            }
        }

        if (rank == 0)
        {
            sb.Append("no files ranked\n");
        }

        if (result.NewFiles.Count > 0)
        {
            sb.Append("\nnew files:\n");
            foreach (var proposal in result.NewFiles)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  + {proposal.Path}  [{proposal.Part}] (new)\n");
                foreach (var reason in proposal.Reasons.Take(2))
                {
                    sb.Append("       ").Append(reason).Append('\n');
                }
            }
        }

        return sb.ToString();
    }
}
