namespace Groundplan.Ingest.ContextDocs;

/// <summary>One entry of a pasted tree: where its name starts (-1 for a top line), the name as written, and its line.</summary>
internal readonly record struct TreeNode(int Column, string Name, int Line);
