using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>One word of a PDF page and its box, in points from the page's top left corner.</summary>
public sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>One page of a PDF as poppler reads it: its text laid out as lines, its size (points) and its words with their boxes.</summary>
public sealed record PdfPage(string Text, double Width, double Height, IReadOnlyList<PdfWord> Words)
{
    public IReadOnlyList<string> Lines => Text.Split('\n').Select(l => Regex.Replace(l.Trim(), @"\s+", " ")).Where(l => l.Length > 0).ToList();

    /// <summary>How far down the page its lowest text reaches, in points from the top; 0 on a blank page.</summary>
    public double LowestText => Words.Select(w => w.YMax).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The words of <paramref name="text"/> next to each other, left to right, on one line of the page — however wide the
    /// gaps between them (a draft's blanks) — or null when no line of the page carries them all (the text wrapped, or is absent).
    /// </summary>
    public IReadOnlyList<PdfWord>? OneLine(string text)
    {
        var wanted = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var first in Words.Where(w => w.Text == wanted[0]))
        {
            var line = Words.Where(w => Math.Abs(w.YMax - first.YMax) < 1 && w.XMin >= first.XMin).OrderBy(w => w.XMin).Take(wanted.Length).ToList();
            if (line.Select(w => w.Text).SequenceEqual(wanted, StringComparer.Ordinal))
            {
                return line;
            }
        }

        return null;
    }
}

/// <summary>
/// Renders the portal's documents the way the department opens them: the Open XML SDK's validator, Debian's
/// LibreOffice (with Times-metric fonts) for .docx → PDF, and poppler's pdftotext to read the PDF back.
/// scripts/test.sh installs the three when missing; a test that needs one fails when it is absent, never skips.
/// </summary>
public static partial class DocumentRendering
{
    /// <summary>Every schema error the Open XML SDK finds in a .docx or .xlsx, as "path: description".</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] file)
    {
        using var stream = new MemoryStream(file);
        using var package = file.Length > 0 && IsWorkbook(file)
            ? (OpenXmlPackage)SpreadsheetDocument.Open(stream, false)
            : WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>The .docx converted to PDF by LibreOffice in a private profile (a shared one locks between runs).</summary>
    public static async Task<byte[]> WordToPdfAsync(byte[] docx, string name)
    {
        var soffice = Tool("soffice", "libreoffice-writer-nogui");
        var folder = TestDirectories.Create("render");
        try
        {
            var input = Path.Combine(folder, name + ".docx");
            await File.WriteAllBytesAsync(input, docx);
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            await RunAsync(soffice, TimeSpan.FromSeconds(120), $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, input);
            var output = Path.Combine(folder, name + ".pdf");
            Assert.True(File.Exists(output), $"LibreOffice wrote no PDF for {name}.docx.");
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            TestDirectories.Delete(folder);
        }
    }

    /// <summary>The PDF's pages: the text of <c>pdftotext -layout</c> split at form feeds, and each page's words from <c>pdftotext -bbox</c>.</summary>
    public static async Task<IReadOnlyList<PdfPage>> PagesAsync(byte[] pdf)
    {
        var pdftotext = Tool("pdftotext", "poppler-utils");
        var folder = TestDirectories.Create("pdf");
        try
        {
            var input = Path.Combine(folder, "document.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            var layout = await RunAsync(pdftotext, TimeSpan.FromSeconds(60), "-layout", "-enc", "UTF-8", input, "-");
            var boxes = await RunAsync(pdftotext, TimeSpan.FromSeconds(60), "-bbox", "-enc", "UTF-8", input, "-");
            var texts = layout.Split('\f');
            return PageBox().Matches(boxes).Select((m, i) => new PdfPage(
                    i < texts.Length ? texts[i] : "",
                    Points(m.Groups["width"].Value),
                    Points(m.Groups["height"].Value),
                    WordBox().Matches(m.Groups["words"].Value).Select(w => new PdfWord(
                        WebUtility.HtmlDecode(w.Groups["text"].Value),
                        Points(w.Groups["xMin"].Value), Points(w.Groups["yMin"].Value), Points(w.Groups["xMax"].Value), Points(w.Groups["yMax"].Value))).ToList()))
                .ToList();
        }
        finally
        {
            TestDirectories.Delete(folder);
        }
    }

    /// <summary>Keeps a rendered file for a person to look at when <c>SNGV_RENDER_OUTPUT</c> names a folder.</summary>
    public static async Task KeepAsync(string name, byte[] content)
    {
        if (Environment.GetEnvironmentVariable("SNGV_RENDER_OUTPUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name), content);
        }
    }

    private static bool IsWorkbook(byte[] file)
    {
        using var stream = new MemoryStream(file);
        using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read);
        return zip.GetEntry("xl/workbook.xml") is not null;
    }

    private static string Tool(string name, string package) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists)
        ?? throw new Xunit.Sdk.XunitException($"{name} not found: install Debian's {package} (bash scripts/test.sh installs it when missing).");

    private static async Task<string> RunAsync(string program, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} exited with {process.ExitCode}: {await error}");
        return await output;
    }

    private static double Points(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<page width=""(?<width>[\d.]+)"" height=""(?<height>[\d.]+)"">(?<words>.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageBox();

    [GeneratedRegex(@"<word xMin=""(?<xMin>[\d.]+)"" yMin=""(?<yMin>[\d.]+)"" xMax=""(?<xMax>[\d.]+)"" yMax=""(?<yMax>[\d.]+)"">(?<text>[^<]*)</word>")]
    private static partial Regex WordBox();
}
