using Groundplan.Model.Recon;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SymbolKind = Groundplan.Model.Recon.SymbolKind;

namespace Groundplan.Recon.Symbols.CSharp;

/// <summary>ASP.NET routes written plainly: minimal APIs (with <c>MapGroup</c> prefixes in the same method) and attribute-routed controllers.</summary>
internal static class AspNetRouteCollector
{
    private static readonly Dictionary<string, string> MapVerbs = new(StringComparer.Ordinal)
    {
        ["MapGet"] = "GET", ["MapPost"] = "POST", ["MapPut"] = "PUT", ["MapDelete"] = "DELETE", ["MapPatch"] = "PATCH",
    };

    private static readonly Dictionary<string, string> HttpAttributes = new(StringComparer.Ordinal)
    {
        ["HttpGet"] = "GET", ["HttpPost"] = "POST", ["HttpPut"] = "PUT", ["HttpDelete"] = "DELETE", ["HttpPatch"] = "PATCH", ["HttpHead"] = "HEAD",
    };

    /// <param name="path">The file's path.</param>
    /// <param name="text">The file's text: a file that names no MapGet-style method and no Http attribute has no route,
    /// and walking every node of its tree (method bodies included) was most of the C# index's time.</param>
    /// <param name="root">The file's syntax tree.</param>
    /// <param name="source">The file's text as Roslyn reads it, for signatures.</param>
    /// <param name="symbols">Where the routes go.</param>
    public static void Collect(string path, string text, CompilationUnitSyntax root, SourceText source, List<CodeSymbol> symbols)
    {
        var minimal = NamesMinimalApi(text);
        foreach (var call in minimal ? root.DescendantNodes().OfType<InvocationExpressionSyntax>() : [])
        {
            if (call.Expression is MemberAccessExpressionSyntax access && MapVerbs.TryGetValue(access.Name.Identifier.ValueText, out var verb)
                && CSharpSyntaxText.StringValue(call.ArgumentList.Arguments.FirstOrDefault()?.Expression) is { } template)
            {
                var route = Join(GroupPrefix(access.Expression, Scope(call), 0), template);
                Add(path, symbols, verb + " " + route, call, EnclosingName(call), source);
            }
        }

        // Controllers are classes, possibly nested, never inside a method body.
        var attributed = text.Contains("Http", StringComparison.Ordinal);
        foreach (var controller in attributed ? root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<ClassDeclarationSyntax>() : [])
        {
            CollectController(path, controller, source, symbols);
        }
    }

    /// <summary>Whether <paramref name="text"/> names a MapGet-style method: only then do routes live in method bodies.</summary>
    public static bool NamesMinimalApi(string text) => MapVerbs.Keys.Any(verb => text.Contains(verb, StringComparison.Ordinal));

    private static void CollectController(string path, ClassDeclarationSyntax controller, SourceText source, List<CodeSymbol> symbols)
    {
        var name = controller.Identifier.ValueText;
        var controllerToken = name.EndsWith("Controller", StringComparison.Ordinal) ? name[..^"Controller".Length] : name;
        var prefix = Templates(controller.AttributeLists, "Route").FirstOrDefault() ?? string.Empty;
        foreach (var method in controller.Members.OfType<MethodDeclarationSyntax>())
        {
            var methodRoute = Templates(method.AttributeLists, "Route").FirstOrDefault();
            foreach (var attribute in method.AttributeLists.SelectMany(l => l.Attributes))
            {
                if (!HttpAttributes.TryGetValue(AttributeName(attribute), out var verb))
                {
                    continue;
                }

                var template = ArgumentTemplate(attribute) ?? methodRoute ?? string.Empty;
                if (prefix.Length == 0 && template.Length == 0 && ArgumentTemplate(attribute) is null && methodRoute is null)
                {
                    continue; // conventional routing: the route table lives elsewhere
                }

                var route = template.StartsWith('/') || template.StartsWith("~/", StringComparison.Ordinal) ? Join(string.Empty, template.TrimStart('~')) : Join(prefix, template);
                route = route.Replace("[controller]", controllerToken, StringComparison.OrdinalIgnoreCase)
                    .Replace("[action]", method.Identifier.ValueText, StringComparison.OrdinalIgnoreCase);
                Add(path, symbols, verb + " " + route, method, name + "." + method.Identifier.ValueText, source);
            }
        }
    }

    // The prefix a MapGroup chain gives: `app.MapGroup("/api").RequireAuthorization()` or a local holding one.
    private static string GroupPrefix(ExpressionSyntax receiver, SyntaxNode scope, int depth)
    {
        if (depth > 16)
        {
            return string.Empty;
        }

        switch (receiver)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax inner } call:
                var outer = GroupPrefix(inner.Expression, scope, depth + 1);
                return inner.Name.Identifier.ValueText == "MapGroup" && CSharpSyntaxText.StringValue(call.ArgumentList.Arguments.FirstOrDefault()?.Expression) is { } group
                    ? Join(outer, group)
                    : outer;
            case IdentifierNameSyntax identifier:
                var declarator = scope.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                    .LastOrDefault(v => v.Identifier.ValueText == identifier.Identifier.ValueText && v.SpanStart < identifier.SpanStart);
                return declarator?.Initializer?.Value is { } value ? GroupPrefix(value, scope, depth + 1) : string.Empty;
            case ParenthesizedExpressionSyntax parenthesized:
                return GroupPrefix(parenthesized.Expression, scope, depth + 1);
            default:
                return string.Empty;
        }
    }

    private static SyntaxNode Scope(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax)!;

    private static string? EnclosingName(SyntaxNode node) => node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax) switch
    {
        MethodDeclarationSyntax m when m.Parent is TypeDeclarationSyntax t => t.Identifier.ValueText + "." + m.Identifier.ValueText,
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        _ => null,
    };

    private static IEnumerable<string> Templates(SyntaxList<AttributeListSyntax> lists, string attributeName) =>
        lists.SelectMany(l => l.Attributes).Where(a => AttributeName(a) == attributeName).Select(ArgumentTemplate).OfType<string>();

    private static string? ArgumentTemplate(AttributeSyntax attribute) =>
        attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null) is { } first ? CSharpSyntaxText.StringValue(first.Expression) : null;

    private static string AttributeName(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }

    private static string Join(string prefix, string template)
    {
        var joined = "/" + prefix.Trim('/') + "/" + template.Trim('/');
        while (joined.Contains("//", StringComparison.Ordinal))
        {
            joined = joined.Replace("//", "/", StringComparison.Ordinal);
        }

        return joined.Length > 1 ? joined.TrimEnd('/') : joined;
    }

    private static void Add(string path, List<CodeSymbol> symbols, string name, SyntaxNode node, string? container, SourceText source)
    {
        var start = CSharpSyntaxText.Line(CSharpSyntaxText.DeclarationStart(node), source);
        symbols.Add(new CodeSymbol(name, SymbolKind.Route, path, start, Math.Max(start, CSharpSyntaxText.Line(node.Span.End, source)), container, true, CSharpSyntaxText.Signature(node, source)));
    }
}
