using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Groundplan.Recon.Symbols.CSharp;

/// <summary>The namespaces a C# file declares and the <c>using</c> directives it holds, each with its 1-based line.</summary>
internal sealed record CSharpFileOutline(IReadOnlyList<string> Namespaces, IReadOnlyList<(string Name, bool IsStatic, int Line)> Usings)
{
    public static CSharpFileOutline Of(CompilationUnitSyntax root, SourceText source)
    {
        var namespaces = new List<string>();
        var usings = new List<(string, bool, int)>();
        foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
        {
            if (node is BaseNamespaceDeclarationSyntax ns)
            {
                namespaces.Add(CSharpSyntaxText.QualifiedNamespace(ns));
            }
            else if (node is UsingDirectiveSyntax { NamespaceOrType: { } target } directive)
            {
                var name = target.ToString().Replace(" ", string.Empty, StringComparison.Ordinal);
                if (name.StartsWith("global::", StringComparison.Ordinal))
                {
                    name = name["global::".Length..];
                }

                usings.Add((name, directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword), CSharpSyntaxText.Line(directive.SpanStart, source)));
            }
        }

        return new CSharpFileOutline(namespaces, usings);
    }
}
