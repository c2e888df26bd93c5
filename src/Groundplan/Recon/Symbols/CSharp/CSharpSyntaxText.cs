using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Groundplan.Recon.Symbols.CSharp;

/// <summary>Lines, signatures and names of C# syntax nodes.</summary>
internal static class CSharpSyntaxText
{
    /// <summary>
    /// The 1-based line of <paramref name="position"/> in <paramref name="text"/>, the file as written: blanking keeps every
    /// line break, so its lines are the tree's, and asking the tree would build a second line table per file.
    /// </summary>
    public static int Line(int position, SourceText text) => text.Lines.GetLinePosition(position).Line + 1;

    /// <summary>Where the declaration itself starts: after its attributes and leading trivia.</summary>
    public static int DeclarationStart(SyntaxNode node) => node switch
    {
        MemberDeclarationSyntax { AttributeLists.Count: > 0 } member => member.AttributeLists.Last().GetLastToken().GetNextToken().SpanStart,
        _ => node.SpanStart,
    };

    /// <summary>The declaration's first line, trimmed, without attributes, read from <paramref name="text"/>: the file as
    /// written, which the tree's own text is not when its bodies were blanked.</summary>
    public static string Signature(SyntaxNode node, SourceText text)
    {
        var line = text.Lines.GetLineFromPosition(DeclarationStart(node));
        var start = Math.Max(line.Start, DeclarationStart(node));
        return text.ToString(TextSpan.FromBounds(start, line.End)).Trim();
    }

    public static string QualifiedNamespace(BaseNamespaceDeclarationSyntax ns)
    {
        var parts = new List<string>();
        for (SyntaxNode? n = ns; n is not null; n = n.Parent)
        {
            if (n is BaseNamespaceDeclarationSyntax declaration)
            {
                parts.Insert(0, declaration.Name.ToString().Replace(" ", string.Empty, StringComparison.Ordinal));
            }
        }

        return string.Join('.', parts);
    }

    /// <summary>The string value of a literal (plain, verbatim or raw), or null when the expression is not one.</summary>
    public static string? StringValue(ExpressionSyntax? expression) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
}
