namespace ComplaintBot.Teams.Packager.Icons;

/// <summary>The CRC-32 (ISO-HDLC, polynomial 0xEDB88320) that PNG chunks carry.</summary>
/// <remarks>Written out here because System.IO.Hashing is a separate package and twenty lines do the job.</remarks>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>Continues a CRC over more bytes.</summary>
    /// <param name="crc">The running value: start with <see cref="uint.MaxValue"/>.</param>
    /// <param name="data">The bytes to add.</param>
    /// <returns>The running value; XOR it with <see cref="uint.MaxValue"/> to finish.</returns>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    /// <summary>Computes the finished CRC of some bytes.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The CRC-32.</returns>
    public static uint Compute(ReadOnlySpan<byte> data) => Append(uint.MaxValue, data) ^ uint.MaxValue;

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < table.Length; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
