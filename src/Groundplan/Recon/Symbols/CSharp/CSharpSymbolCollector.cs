using Groundplan.Model.Recon;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SymbolKind = Groundplan.Model.Recon.SymbolKind;

namespace Groundplan.Recon.Symbols.CSharp;

/// <summary>Walks a syntax tree and records namespaces, types, methods, properties and constants.</summary>
/// <remarks>
/// Exported means visible to other files of the same assembly: the declaration is not private (written or by
/// default: members and nested types default to private, top-level types to internal, interface members to
/// public), not <c>file</c>-local, and every enclosing type is exported too.
/// </remarks>
internal sealed class CSharpSymbolCollector(string path, SourceText text, List<CodeSymbol> symbols) : CSharpSyntaxWalker
{
    private readonly Stack<(string Name, bool Exported, bool IsType, bool IsInterface)> _containers = new();

    public override void VisitNamespaceDeclaration(NamespaceDeclarationSyntax node) => VisitNamespace(node, () => base.VisitNamespaceDeclaration(node));

    public override void VisitFileScopedNamespaceDeclaration(FileScopedNamespaceDeclarationSyntax node) =>
        VisitNamespace(node, () => base.VisitFileScopedNamespaceDeclaration(node));

    public override void VisitClassDeclaration(ClassDeclarationSyntax node) => VisitType(node, SymbolKind.Class, () => base.VisitClassDeclaration(node));

    public override void VisitStructDeclaration(StructDeclarationSyntax node) => VisitType(node, SymbolKind.Struct, () => base.VisitStructDeclaration(node));

    public override void VisitInterfaceDeclaration(InterfaceDeclarationSyntax node) => VisitType(node, SymbolKind.Interface, () => base.VisitInterfaceDeclaration(node));

    public override void VisitRecordDeclaration(RecordDeclarationSyntax node) =>
        VisitType(node, node.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? SymbolKind.Struct : SymbolKind.Class, () => base.VisitRecordDeclaration(node));

    public override void VisitEnumDeclaration(EnumDeclarationSyntax node) => Add(node, node.Identifier.ValueText, SymbolKind.Enum, node.Modifiers);

    public override void VisitDelegateDeclaration(DelegateDeclarationSyntax node) => Add(node, node.Identifier.ValueText, SymbolKind.Type, node.Modifiers);

    public override void VisitMethodDeclaration(MethodDeclarationSyntax node) => Add(node, node.Identifier.ValueText, SymbolKind.Method, node.Modifiers);

    public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node) => Add(node, node.Identifier.ValueText, SymbolKind.Method, node.Modifiers);

    public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node) => Add(node, node.Identifier.ValueText, SymbolKind.Variable, node.Modifiers);

    public override void VisitFieldDeclaration(FieldDeclarationSyntax node)
    {
        if (node.Modifiers.Any(SyntaxKind.ConstKeyword))
        {
            foreach (var variable in node.Declaration.Variables)
            {
                Add(node, variable.Identifier.ValueText, SymbolKind.Constant, node.Modifiers, CSharpSyntaxText.Line(variable.SpanStart, text));
            }
        }
    }

    private void VisitNamespace(BaseNamespaceDeclarationSyntax node, Action visitChildren)
    {
        var name = CSharpSyntaxText.QualifiedNamespace(node);
        symbols.Add(new CodeSymbol(name, SymbolKind.Module, path, StartLine(node), EndLine(node), Outer(), true, CSharpSyntaxText.Signature(node, text)));
        _containers.Push((name, true, false, false));
        visitChildren();
        _containers.Pop();
    }

    private void VisitType(TypeDeclarationSyntax node, SymbolKind kind, Action visitChildren)
    {
        var exported = Add(node, node.Identifier.ValueText, kind, node.Modifiers);
        var qualified = Outer() is { } outer ? outer + "." + node.Identifier.ValueText : node.Identifier.ValueText;
        _containers.Push((qualified, exported, true, node is InterfaceDeclarationSyntax));
        visitChildren();
        _containers.Pop();
    }

    private bool Add(MemberDeclarationSyntax node, string name, SymbolKind kind, SyntaxTokenList modifiers, int? line = null)
    {
        var exported = IsExported(modifiers);
        var start = line ?? StartLine(node);
        symbols.Add(new CodeSymbol(name, kind, path, start, Math.Max(start, EndLine(node)), Outer(), exported, CSharpSyntaxText.Signature(node, text)));
        return exported;
    }

    private bool IsExported(SyntaxTokenList modifiers)
    {
        var inType = _containers.Count > 0 && _containers.Peek().IsType;
        if (inType && !_containers.Peek().Exported)
        {
            return false;
        }

        if (modifiers.Any(SyntaxKind.FileKeyword) || (modifiers.Any(SyntaxKind.PrivateKeyword) && !modifiers.Any(SyntaxKind.ProtectedKeyword)))
        {
            return false;
        }

        var written = modifiers.Any(SyntaxKind.PublicKeyword) || modifiers.Any(SyntaxKind.InternalKeyword) || modifiers.Any(SyntaxKind.ProtectedKeyword);
        return written || !inType || _containers.Peek().IsInterface;
    }

    private string? Outer() => _containers.Count > 0 ? _containers.Peek().Name : null;

    private int StartLine(SyntaxNode node) => CSharpSyntaxText.Line(CSharpSyntaxText.DeclarationStart(node), text);

    private int EndLine(SyntaxNode node) => CSharpSyntaxText.Line(node.Span.End, text);
}
