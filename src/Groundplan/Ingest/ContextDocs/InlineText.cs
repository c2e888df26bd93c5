using System.Text;
using Markdig.Syntax.Inlines;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>Reads Markdig inlines as the text a person sees: emphasis markers and backticks gone, code spans kept.</summary>
internal static class InlineText
{
    public static string Plain(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(text, container);
        return text.ToString();
    }

    /// <summary>The code spans inside <paramref name="container"/>, in order, including those inside emphasis and links.</summary>
    public static IEnumerable<CodeInline> CodeSpans(ContainerInline? container)
    {
        if (container is null)
        {
            yield break;
        }

        foreach (var inline in container)
        {
            if (inline is CodeInline code)
            {
                yield return code;
            }
            else if (inline is ContainerInline inner)
            {
                foreach (var nested in CodeSpans(inner))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The first inline that is not blank text: a label written in bold or as a code span.</summary>
    public static Inline? FirstMeaningful(ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace())
            {
                return inline;
            }
        }

        return null;
    }

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline link:
                text.Append(link.Url);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }

                break;
        }
    }
}
