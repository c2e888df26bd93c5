namespace Groundplan.Model.Retrieval;

/// <summary>What the user asks for: the feature request and, optionally, the user story behind it.</summary>
public sealed record RetrievalRequest(string Request, string? Story = null);
