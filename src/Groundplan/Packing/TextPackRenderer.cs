using System.Text;

namespace Groundplan.Packing;

/// <summary>Base for the styles written as text (XML, Markdown, plain): a buffered UTF-8 writer over the stream.</summary>
internal abstract class TextPackRenderer : IPackRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Write(PackLayout document, Stream output)
    {
        using var writer = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Write(document, writer);
    }

    protected abstract void Write(PackLayout document, TextWriter writer);
}
