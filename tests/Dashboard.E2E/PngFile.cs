using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Dashboard.E2E;

/// <summary>Decodes enough of a PNG to prove it is one: signature, chunk CRCs, and image data that inflates to the size its header promises.</summary>
internal static class PngFile
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static (int Width, int Height) Decode(byte[] bytes)
    {
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG: the signature is missing");
        }

        int width = 0, height = 0, bytesPerPixel = 0;
        using var imageData = new MemoryStream();
        var offset = 8;
        while (offset + 12 <= bytes.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + 8 + length));
            if (Crc32.HashToUInt32(bytes.AsSpan(offset + 4, 4 + length)) != crc)
            {
                throw new InvalidDataException($"chunk {type} has a bad CRC");
            }

            switch (type)
            {
                case "IHDR":
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                    bytesPerPixel = data[9] switch { 6 => 4, 2 => 3, 4 => 2, _ => 1 } * (data[8] / 8);
                    break;
                case "IDAT":
                    imageData.Write(data);
                    break;
            }

            offset += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        imageData.Position = 0;
        using var inflater = new ZLibStream(imageData, CompressionMode.Decompress);
        using var pixels = new MemoryStream();
        inflater.CopyTo(pixels);
        var expected = (long)height * (1 + (width * bytesPerPixel));
        if (width <= 0 || height <= 0 || pixels.Length != expected)
        {
            throw new InvalidDataException($"image data inflates to {pixels.Length} bytes, the header promises {expected}");
        }

        return (width, height);
    }
}
