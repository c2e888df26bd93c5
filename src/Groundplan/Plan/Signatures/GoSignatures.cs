using Groundplan.Model.Plans;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Signatures;

/// <summary>Go: exported PascalCase methods on a handler struct, <c>func TestXxx(t *testing.T)</c> tests.</summary>
internal sealed class GoSignatures : ISignatureWriter
{
    public string Language => "go";

    public string Function(string words) => Words.Pascal(words);

    public CodeBlock Backend(SignatureInput input)
    {
        var type = Words.Pascal(Words.Plural(input.Entity)) + "Handler";
        var code = $"// {Function(input.Action)} {Lower(input.Purpose)}\nfunc (h *{type}) {Function(input.Action)}(w http.ResponseWriter, r *http.Request)\n\n"
            + $"// {Words.Pascal(input.Entity)} is the stored {Words.Split(input.Entity).Last()}.\ntype {Words.Pascal(input.Entity)} struct {{\n    ID        int64     `json:\"id\"`\n    CreatedAt time.Time `json:\"created_at\"`\n}}";
        return new CodeBlock(Language, code);
    }

    public CodeBlock Tests(SignatureInput input, IReadOnlyList<string> scenarios)
    {
        var lines = new List<string> { $"func Test{Words.Pascal(Words.Plural(input.Entity))}Handler_{Function(input.Action)}(t *testing.T)" };
        lines.AddRange(scenarios.Select(s => $"    // case: {s}"));
        return new CodeBlock(Language, string.Join('\n', lines));
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
