namespace Groundplan.Packing;

/// <summary>Writes a pack document in one style, as UTF-8 without a byte order mark.</summary>
internal interface IPackRenderer
{
    void Write(PackLayout document, Stream output);
}
