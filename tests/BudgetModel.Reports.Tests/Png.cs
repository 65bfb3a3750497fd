using System.Buffers.Binary;
using System.IO.Compression;

namespace BudgetModel.Reports.Tests;

/// <summary>A decoded PNG (8-bit RGB or RGBA, not interlaced: what Chromium's screenshots are): enough to tell a
/// blank screenshot from a drawn one.</summary>
internal sealed class Png
{
    private Png(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    internal int Width { get; }

    internal int Height { get; }

    internal int Channels { get; }

    /// <summary>The pixels, row by row, <see cref="Channels"/> bytes each, unfiltered.</summary>
    internal byte[] Pixels { get; }

    internal static Png Decode(byte[] file)
    {
        ReadOnlySpan<byte> signature = [137, 80, 78, 71, 13, 10, 26, 10];
        if (!file.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("Not a PNG.");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (int at = 8; at + 8 <= file.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                byte depth = data[8], colour = data[9], interlace = data[12];
                if (depth != 8 || interlace != 0 || colour is not (2 or 6)) throw new InvalidDataException($"Unsupported PNG: depth {depth}, colour {colour}, interlace {interlace}.");
                channels = colour == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }
            at += 12 + length;
        }
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        return new Png(width, height, channels, Unfilter(raw.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        int stride = width * bpp;
        var pixels = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            int src = (y * (stride + 1)) + 1, dst = y * stride, up = dst - stride;
            for (int x = 0; x < stride; x++)
            {
                int a = x >= bpp ? pixels[dst + x - bpp] : 0;
                int b = y > 0 ? pixels[up + x] : 0;
                int c = x >= bpp && y > 0 ? pixels[up + x - bpp] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} in row {y}."),
                };
                pixels[dst + x] = unchecked((byte)(raw[src + x] + predictor));   // modulo 256, as PNG defines
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>The share of pixels that differ from the most common colour (the background), and the number of
    /// distinct colours.</summary>
    internal (double Drawn, int Colours) Variety()
    {
        var counts = new Dictionary<int, int>();
        for (int i = 0; i < Pixels.Length; i += Channels)
        {
            int rgb = (Pixels[i] << 16) | (Pixels[i + 1] << 8) | Pixels[i + 2];
            counts[rgb] = counts.GetValueOrDefault(rgb) + 1;
        }
        int total = Width * Height;
        return (1 - (counts.Values.Max() / (double)total), counts.Count);
    }
}
