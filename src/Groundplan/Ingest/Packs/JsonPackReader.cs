using System.Text.Json;

namespace Groundplan.Ingest.Packs;

/// <summary>
/// Reads repomix's JSON style: an object with <c>fileSummary</c>, <c>directoryStructure</c> and
/// <c>files</c> (path to content). Read with <see cref="Utf8JsonReader"/> straight from the bytes,
/// so a large pack is not first decoded into one big string.
/// </summary>
internal static class JsonPackReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    public static PackDocument Read(ReadOnlyMemory<byte> utf8, string packPath)
    {
        var document = new PackDocument();
        var reader = new Utf8JsonReader(utf8.Span, Options);
        var positions = new BytePositions(utf8);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error("the top level of a JSON pack must be an object", ref reader, positions, packPath);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "fileSummary" when reader.TokenType == JsonTokenType.StartObject:
                        ReadSummary(ref reader, document);
                        break;
                    case "directoryStructure":
                        document.Tree = DirectoryTree.Parse(String(ref reader, "directoryStructure", positions, packPath));
                        break;
                    case "files":
                        document.HasFilesSection = true;
                        ReadFiles(ref reader, document, positions, packPath);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            // Reading past the closing brace makes the reader reject anything after the object.
            reader.Read();
            return document;
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var reason = cut > 0 ? message[..cut] : message;
            throw new GroundplanException($"invalid JSON: {reason}", packPath, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e);
        }
        catch (InvalidOperationException e)
        {
            throw Error($"invalid JSON string: {e.Message}", ref reader, positions, packPath);
        }
    }

    private static void ReadSummary(ref Utf8JsonReader reader, PackDocument document)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType == JsonTokenType.String && name is "generationHeader" or "notes")
            {
                if (name == "generationHeader")
                {
                    document.Header = reader.GetString();
                }
                else
                {
                    document.Notes = reader.GetString();
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadFiles(ref Utf8JsonReader reader, PackDocument document, BytePositions positions, string packPath)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error("'files' must be an object that maps each path to its content", ref reader, positions, packPath);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var (line, column) = positions.At(reader.TokenStartIndex);
            var path = reader.GetString()!;
            reader.Read();
            var content = String(ref reader, path, positions, packPath);
            document.Files.Add(new PackedFile(path, content, line, column));
        }
    }

    private static string String(ref Utf8JsonReader reader, string what, BytePositions positions, string packPath) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw Error($"the value of '{what}' must be a string, found {reader.TokenType}", ref reader, positions, packPath);

    private static GroundplanException Error(string message, ref Utf8JsonReader reader, BytePositions positions, string packPath)
    {
        var (line, column) = positions.At(reader.TokenStartIndex);
        return new GroundplanException(message, packPath, line, column);
    }
}
