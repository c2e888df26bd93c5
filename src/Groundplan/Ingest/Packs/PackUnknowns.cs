using Groundplan.Model;

namespace Groundplan.Ingest.Packs;

/// <summary>What a pack says, or fails to say, about the parts of the codebase it does not show.</summary>
internal static class PackUnknowns
{
    public static IReadOnlyList<UnknownPart> Find(PackDocument document, PackSummary summary, IReadOnlyList<string> listed, IReadOnlySet<string> withContent)
    {
        var unknowns = new List<UnknownPart>();
        if (!summary.Present)
        {
            unknowns.Add(new UnknownPart(
                "selection and processing",
                "The pack has no file summary, so it does not say whether it holds the whole codebase or how repomix processed the contents."));
        }
        else
        {
            if (summary.IncludePatterns is not null)
            {
                unknowns.Add(new UnknownPart(
                    $"files not matching {summary.IncludePatterns}",
                    $"The pack holds a subset of the codebase: only files matching {summary.IncludePatterns}."));
            }

            if (summary.IgnorePatterns is not null)
            {
                unknowns.Add(new UnknownPart(
                    $"files matching {summary.IgnorePatterns}",
                    $"The pack holds a subset of the codebase: files matching {summary.IgnorePatterns} were left out."));
            }

            if (summary.IsSubset && summary.IncludePatterns is null && summary.IgnorePatterns is null)
            {
                unknowns.Add(new UnknownPart("files outside the pack", "The pack's header says it holds a subset of the codebase without naming the patterns."));
            }

            if (summary.CommentsRemoved)
            {
                unknowns.Add(new UnknownPart("code comments", "Repomix removed code comments from the packed files."));
            }

            if (summary.EmptyLinesRemoved)
            {
                unknowns.Add(new UnknownPart("blank lines", "Repomix removed empty lines from the packed files."));
            }

            if (summary.Base64Truncated)
            {
                unknowns.Add(new UnknownPart("base64 data", "Repomix truncated long base64 strings in the packed files."));
            }
        }

        if (document.Tree is null)
        {
            unknowns.Add(new UnknownPart(
                "directory structure",
                "The pack has no directory structure section, so files it left out (binary, ignored or too large) are not listed."));
        }

        if (!document.HasFilesSection)
        {
            unknowns.Add(new UnknownPart("file contents", "The pack has no files section, so it holds no file contents."));
        }

        foreach (var path in listed)
        {
            if (!path.EndsWith('/') && !withContent.Contains(path))
            {
                unknowns.Add(new UnknownPart(path, "Listed in the pack's directory structure without content: a binary file, or one repomix left out."));
            }
        }

        return unknowns;
    }
}
