using Groundplan.Model.Plans;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Signatures;

/// <summary>TypeScript: camelCase functions, async returning a Promise, Vitest/Jest <c>it(...)</c> names.</summary>
internal sealed class TypeScriptSignatures : ISignatureWriter
{
    public string Language => "typescript";

    public string Function(string words) => Words.Camel(words);

    public CodeBlock Backend(SignatureInput input)
    {
        var id = input.TargetEntity is null ? "" : $"{Words.Camel(input.TargetEntity)}Id: string";
        var result = input.ReturnsFile ? "Response" : input.Writes ? $"{{ ok: boolean; error?: string }}" : $"{Words.Pascal(input.Entity)}[]";
        var code = $"/** {input.Purpose} */\nexport async function {Function(input.Action)}({id}): Promise<{result}>";
        return new CodeBlock(Language, code);
    }

    public CodeBlock Tests(SignatureInput input, IReadOnlyList<string> scenarios)
    {
        var lines = new List<string> { $"describe(\"{Function(input.Action)}\", () => {{" };
        lines.AddRange(scenarios.Select(s => $"  it(\"{s}\", async () => {{}});"));
        lines.Add("});");
        return new CodeBlock(Language, string.Join('\n', lines));
    }
}
