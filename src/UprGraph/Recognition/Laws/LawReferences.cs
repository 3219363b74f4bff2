namespace UprGraph.Recognition.Laws;

/// <summary>The heads of references that name no act type of their own.</summary>
public static class LawReferences
{
    /// <summary>"the draft", a reference to the draft act named before, whatever its head.</summary>
    public const string Draft = "draft";
}
