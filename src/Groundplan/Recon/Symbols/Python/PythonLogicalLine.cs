namespace Groundplan.Recon.Symbols.Python;

/// <summary>One Python statement line: physical lines joined by brackets, backslashes or multi-line strings.</summary>
/// <param name="StartLine">The 1-based first physical line.</param>
/// <param name="EndLine">The 1-based last physical line.</param>
/// <param name="Indent">The indentation width of the first line (a tab counts to the next multiple of 8).</param>
/// <param name="Text">The masked text of the whole statement, its physical lines joined by '\n'.</param>
internal sealed record PythonLogicalLine(int StartLine, int EndLine, int Indent, string Text);
