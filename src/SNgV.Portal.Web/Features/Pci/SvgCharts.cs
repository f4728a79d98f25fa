using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace SNgV.Portal.Web.Features.Pci;

/// <summary>A line of a chart: its legend, its stroke colour, whether it is dashed, and one value (or a gap) per x.</summary>
public sealed record ChartLine(string Name, string Colour, bool Dashed, IReadOnlyList<decimal?> Values);

/// <summary>A bar of a horizontal bar chart.</summary>
public sealed record ChartBar(string Label, decimal Value, string ValueText);

/// <summary>
/// Charts drawn on the server as SVG: nothing to download, no script, no style attribute (only SVG presentation
/// attributes), and they print as sharply as the text. Each chart carries a title and a description for screen
/// readers; the page shows the same figures in a table beside it.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 32;

    public static IHtmlContent Lines(string id, string title, IReadOnlyList<int> years, IReadOnlyList<ChartLine> lines, decimal min, decimal max, decimal step, int height = 240) =>
        Lines(id, title, years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(), lines, min, max, step, height);

    /// <summary>
    /// A line chart over labelled points on the x axis (years, quarters "Quý I/2019"). <paramref name="inset"/> keeps the
    /// first and last points half a step from the edges, so that long labels under them are not cut off.
    /// </summary>
    public static IHtmlContent Lines(string id, string title, IReadOnlyList<string> years, IReadOnlyList<ChartLine> lines, decimal min, decimal max, decimal step, int height = 240, bool inset = false)
    {
        var svg = Open(id, title, height);
        var plotWidth = Width - Left - Right;
        var plotHeight = height - Top - Bottom;
        double X(int i) => Left + (years.Count == 1 ? plotWidth / 2.0
            : inset ? plotWidth * (i + 0.5) / years.Count
            : plotWidth * i / (double)(years.Count - 1));
        double Y(decimal v) => Top + plotHeight * (double)((max - Math.Clamp(v, min, max)) / (max - min));

        for (var tick = min; tick <= max; tick += step)
        {
            var y = Y(tick);
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#d0d4d9\" stroke-width=\"1\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#212529\">{tick.ToString("0.##", Vietnamese)}</text>"));
        }

        for (var i = 0; i < years.Count; i++)
        {
            svg.Append(Invariant($"<text x=\"{X(i):0.#}\" y=\"{height - 10}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#212529\">{Encode(years[i])}</text>"));
        }

        foreach (var line in lines)
        {
            var dash = line.Dashed ? " stroke-dasharray=\"6 4\"" : "";
            var segment = new List<string>();
            void Flush()
            {
                if (segment.Count > 1)
                {
                    svg.Append(Invariant($"<polyline points=\"{string.Join(' ', segment)}\" fill=\"none\" stroke=\"{line.Colour}\" stroke-width=\"2\"{dash}/>"));
                }

                segment.Clear();
            }

            for (var i = 0; i < years.Count && i < line.Values.Count; i++)
            {
                if (line.Values[i] is not { } value)
                {
                    Flush();
                    continue;
                }

                segment.Add(Invariant($"{X(i):0.#},{Y(value):0.#}"));
                svg.Append(Invariant($"<circle cx=\"{X(i):0.#}\" cy=\"{Y(value):0.#}\" r=\"3.5\" fill=\"{line.Colour}\"/>"));
            }

            Flush();
        }

        return Close(svg);
    }

    public static IHtmlContent Bars(string id, string title, IReadOnlyList<ChartBar> bars, string colour)
    {
        const int rowHeight = 26;
        const int labelWidth = 250;
        var height = Top + bars.Count * rowHeight + 8;
        var svg = Open(id, title, height);
        var largest = bars.Count == 0 ? 1m : Math.Max(bars.Max(b => b.Value), 0.01m);
        var plotWidth = Width - labelWidth - 60;
        for (var i = 0; i < bars.Count; i++)
        {
            var y = Top + i * rowHeight;
            var w = (double)(bars[i].Value / largest) * plotWidth;
            svg.Append(Invariant($"<text x=\"{labelWidth - 6}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"12\" fill=\"#212529\">{Encode(bars[i].Label)}</text>"));
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{rowHeight - 8}\" fill=\"{colour}\"/>"));
            svg.Append(Invariant($"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 16}\" font-size=\"12\" fill=\"#212529\">{Encode(bars[i].ValueText)}</text>"));
        }

        return Close(svg);
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static StringBuilder Open(string id, string title, int height) => new StringBuilder()
        .Append(Invariant($"<svg class=\"pci-chart\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\">"))
        .Append(Invariant($"<title id=\"{id}\">{Encode(title)}</title>"));

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
