using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.CSharp;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Groundplan.Tests.Recon.Symbols.CSharp;

public sealed class CSharpBodyBlankerTests
{
    [Fact]
    public void Blank_MethodAndAccessorBodies_BlanksStatementsKeepsLinesAndHeaders()
    {
        // Given a class whose members have bodies
        const string source = """
            namespace Shop;

            public sealed class Cart
            {
                private readonly List<int> _items = new() { 1, 2 };
                public int Count { get { return _items.Count; } }

                public void Add(int item)
                {
                    if (item > 0) { _items.Add(item); }
                }
            }
            """;

        // When its bodies are blanked
        var blanked = CSharpBodyBlanker.Blank(source);

        // Then statements are gone, declarations and every line break stay where they were
        Assert.NotNull(blanked);
        Assert.Equal(source.Length, blanked.Length);
        Assert.Equal(LineBreaks(source), LineBreaks(blanked));
        Assert.DoesNotContain("_items.Add", blanked, StringComparison.Ordinal);
        Assert.DoesNotContain("return", blanked, StringComparison.Ordinal);
        Assert.Contains("public void Add(int item)", blanked, StringComparison.Ordinal);
        Assert.Contains("public int Count {", blanked, StringComparison.Ordinal);
        Assert.Equal(Declarations(source), Declarations(blanked));
    }

    [Fact]
    public void Blank_BracesAndQuotesInLiteralsAndComments_SameDeclarationsAsTheOriginal()
    {
        // Given braces and quotes in every kind of literal and comment, in bodies and between members
        const string source = """"
            namespace Tricky
            {
                /* a { comment */
                [Route("api/{id}")]
                public class Literals
                {
                    private const string Open = "{ \" {";
                    private const char Brace = '{';
                    private const char Quote = '\'';
                    private static readonly string Verbatim = @"c:\{ ""quoted"" {";
                    private static readonly string Raw = """ { " "" { """;

                    // a } comment
                    public string Interpolated(int n) => $"{{ {n} {(n > 0 ? "}" : "{")} {new[] { 1 }.Length}";

                    public string Body(int n)
                    {
                        var s = $@"{n} }} "" {{";
                        var c = '}';
                        /* } */
                        return s + c + """ } """ + $"{n:N0}";
                    }

                    public sealed class Nested<T> where T : class
                    {
                        public void Inner() { var x = "}"; }
                    }

                    public record Person([property: Obsolete("{")] string Name) { public string Upper() { return Name.ToUpper(); } }
                }
            }
            """";

        // When its bodies are blanked
        var blanked = CSharpBodyBlanker.Blank(source);

        // Then Roslyn finds the same declarations, at the same lines, in both texts
        Assert.NotNull(blanked);
        Assert.DoesNotContain("ToUpper", blanked, StringComparison.Ordinal);
        Assert.Equal(Declarations(source), Declarations(blanked));
    }

    [Theory]
    [InlineData("#if DEBUG\nclass A { void M() { } }\n#endif\n")]
    [InlineData("class A {\n    void M()\n    {\n#if DEBUG\n        if (x) {\n#else\n        if (y) {\n#endif\n        }\n    }\n}\n")]
    [InlineData("class A { string S() { return $$\"\"\"{{x}} }\"\"\"; } }")]
    [InlineData("class A { void M() { var s = \"unterminated\n; } }")]
    [InlineData("class A { void M() { }")]
    [InlineData("enum Color { Red, Green }")]
    public void Blank_ConditionalCompilationUnsureLiteralsUnbalancedOrNothingToBlank_Null(string source)
    {
        // Given text whose braces a brace count cannot be sure of, or that has no body
        // When it is blanked
        var blanked = CSharpBodyBlanker.Blank(source);

        // Then the file is left for Roslyn to read as written
        Assert.Null(blanked);
    }

    [Fact]
    public void Blank_TopLevelStatements_LeftAsWritten()
    {
        // Given top-level statements (where minimal API routes live) and a type after them
        const string source = "var app = Build();\nif (app is not null) { app.Run(); }\nclass Helper { void Go() { Work(); } }\n";

        // When it is blanked
        var blanked = CSharpBodyBlanker.Blank(source);

        // Then only the type's member body is blanked
        Assert.NotNull(blanked);
        Assert.Contains("if (app is not null) { app.Run(); }", blanked, StringComparison.Ordinal);
        Assert.DoesNotContain("Work()", blanked, StringComparison.Ordinal);
    }

    private static int[] LineBreaks(string text) => [.. Enumerable.Range(0, text.Length).Where(i => text[i] is '\n' or '\r')];

    // Kind, name, lines and signature of every symbol the indexer's walk records; signatures come from the original text.
    private static string[] Declarations(string text)
    {
        var symbols = new List<CodeSymbol>();
        var root = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot();
        new CSharpSymbolCollector("a.cs", SourceText.From(text), symbols).Visit(root);
        return [.. symbols.Select(s => $"{s.Kind} {s.Name} {s.StartLine}-{s.EndLine} {s.Container} {s.Exported}")];
    }
}
