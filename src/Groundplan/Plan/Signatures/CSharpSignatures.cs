using Groundplan.Model.Plans;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Signatures;

/// <summary>C#: PascalCase async methods ending in Async, xUnit <c>[Fact]</c> tests named Method_Scenario_Expectation.</summary>
internal sealed class CSharpSignatures : ISignatureWriter
{
    public string Language => "csharp";

    public string Function(string words) => Words.Pascal(words) + "Async";

    public CodeBlock Backend(SignatureInput input)
    {
        var id = input.TargetEntity is null ? "" : $"int {Words.Camel(input.TargetEntity)}Id, ";
        var result = input.ReturnsFile ? "IResult" : input.Writes ? "IResult" : $"IReadOnlyList<{Words.Pascal(input.Entity)}>";
        var code = $"/// <summary>{input.Purpose}</summary>\npublic async Task<{result}> {Function(input.Action)}({id}ClaimsPrincipal user, CancellationToken cancellationToken)";
        return new CodeBlock(Language, code);
    }

    public CodeBlock Tests(SignatureInput input, IReadOnlyList<string> scenarios)
    {
        var method = Words.Pascal(input.Action);
        var lines = scenarios.Select(s => $"[Fact]\npublic async Task {method}_{Words.Pascal(SignatureWriters.TestWords(s))}()");
        return new CodeBlock(Language, string.Join("\n\n", lines));
    }
}
