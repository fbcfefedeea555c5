using System.Text;
using ComplaintBot.Web.Tests.Infrastructure;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>File contents for upload cases: a real picture and things dressed up as one.</summary>
public static class Samples
{
    public static byte[] Png { get; } = TestImages.Png(8, 8, 10, 200, 30);

    public static byte[] Html { get; } = Encoding.UTF8.GetBytes("<html><body><script>alert(document.cookie)</script></body></html>");

    public static byte[] Exe { get; } = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    public static byte[] Svg { get; } = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>");
}
