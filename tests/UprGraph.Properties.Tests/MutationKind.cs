namespace UprGraph.Properties.Tests;

/// <summary>What a converter, an editor or a bad copy does to a summary.</summary>
public enum MutationKind
{
    DropLine,
    DuplicateLine,
    SwapLines,
    FlipByte,
    RemoveHeading,
    RenumberFootnote,
    InsertPageFurniture,
}
