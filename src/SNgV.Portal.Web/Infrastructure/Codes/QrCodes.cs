using QRCoder;

namespace SNgV.Portal.Web.Infrastructure.Codes;

/// <summary>A QR code (appointment slip, survey poster), as inline SVG drawn on the server: no image request, no script.</summary>
public static class QrCodes
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var code = new SvgQRCode(data);
        return code.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
