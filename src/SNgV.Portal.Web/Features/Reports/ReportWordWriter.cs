using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// The report as a Word document (.docx) in the layout of Decree 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm, Times New
/// Roman 14 pt justified with a 1 cm first-line indent, the two header blocks, page numbers centred at the top from
/// page 2, the recipients and the signature side by side.
/// </summary>
public static class ReportWordWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Font = "Times New Roman";

    // Sizes in half-points, lengths in twentieths of a point (1 mm ≈ 56.7).
    private const int Body = 28;
    private const int Table = 24;
    private const int TextWidth = 9071;

    // The header's columns (65 mm and 95 mm) hold "UBND TỈNH QUẢNG TRỊ" at 13 pt and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    // bold at 12 pt with room to spare. The rules: under "SỞ NGOẠI VỤ" (≈ 92 pt wide at 13 pt bold) 40 % of it, under
    // "Độc lập - Tự do - Hạnh phúc" (≈ 178 pt at 13 pt bold) as long as the motto.
    private const int LetterheadLeft = 3685;
    private const int LetterheadRight = 5386;
    private const int AgencyRule = 740;
    private const int MottoRule = 3560;

    // Under the trích yếu: 40 % of its longest line, a wrapped summary filling the text width.
    private const double SummaryCharacterWidth = 150; // twips per character, Times New Roman 14 pt bold, Vietnamese text

    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var pageNumbers = main.AddNewPart<HeaderPart>();
            pageNumbers.Header = new Header(PageNumber());
            var firstPage = main.AddNewPart<HeaderPart>();
            firstPage.Header = new Header(new Paragraph());

            var body = new Body();
            body.Append(Letterhead(document.Header));
            body.Append(Centered(document.Title, bold: true, size: Body, spaceBefore: 360, spaceAfter: 0, keepNext: true));
            body.Append(Centered(document.Summary, bold: true, size: Body, spaceAfter: 60, keepNext: true));
            body.Append(Rule(SummaryRule(document.Summary)));
            body.Append(new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "0", After = "120" })));
            for (var i = 0; i < document.Body.Count; i++)
            {
                // The last lines of the body stay on the page of the signature block.
                var last = i == document.Body.Count - 1;
                body.Append(document.Body[i] switch
                {
                    ReportHeading heading => [Heading(heading)],
                    ReportParagraph paragraph => [BodyParagraph(paragraph, keepNext: last)],
                    ReportTable table => [DataTable(table), new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }))],
                    _ => Array.Empty<OpenXmlElement>(),
                });
            }

            body.Append(Closing(document));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(pageNumbers) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstPage) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 851U, Header = 567U, Footer = 567U },
                new TitlePage()));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = Body.ToString() },
                new FontSizeComplexScript { Val = Body.ToString() },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto }))));
    }

    /// <summary>The page number, centred in the top margin; the first page has its own, empty header.</summary>
    private static Paragraph PageNumber() => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("2")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    /// <summary>
    /// The two header blocks: the agency on the left, the national title and motto on the right. The columns are fixed
    /// and wide enough for the longest line at its size, so no line of the header ever wraps; each rule is drawn by a
    /// nested one-cell table of its own fixed width, centred, so its length does not depend on the text above it.
    /// </summary>
    private static Table Letterhead(ReportHeader header)
    {
        var left = LetterheadCell(LetterheadLeft,
            [
                Centered(header.ParentAuthority, size: 26, spaceAfter: 0, keepNext: true),
                Centered(header.Agency, bold: true, size: 26, spaceAfter: 0, keepNext: true),
                .. Rule(AgencyRule),
                Centered(header.NumberLine, size: 26, spaceBefore: 120, spaceAfter: 0),
            ]);
        var right = LetterheadCell(LetterheadRight,
            [
                Centered(header.Nation, bold: true, size: 24, spaceAfter: 0, keepNext: true),
                Centered(header.Motto, bold: true, size: 26, spaceAfter: 0, keepNext: true),
                .. Rule(MottoRule),
                Centered(header.PlaceAndDate, italic: true, size: 26, spaceBefore: 120, spaceAfter: 0),
            ]);
        return Borderless(new TableRow(new TableRowProperties(new CantSplit()), left, right), LetterheadLeft, LetterheadRight);
    }

    private static TableCell LetterheadCell(int width, OpenXmlElement[] content) =>
        new([new TableCellProperties(
            new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
            new NoWrap(),
            new TableCellMargin(new LeftMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new RightMargin { Width = "0", Type = TableWidthUnitValues.Dxa })),
            .. content]);

    /// <summary>A solid rule of an exact length, centred: the top border of a one-cell table holding a 1 pt paragraph.</summary>
    private static OpenXmlElement[] Rule(int length) =>
    [
        new Table(
            new TableProperties(
                new TableWidth { Width = length.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 6, Space = 0 },
                    new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None },
                    new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })),
            new TableGrid(new GridColumn { Width = length.ToString() }),
            new TableRow(
                new TableRowProperties(new CantSplit(), new TableRowHeight { Val = 40U, HeightType = HeightRuleValues.Exact }),
                new TableCell(
                    new TableCellProperties(new TableCellWidth { Width = length.ToString(), Type = TableWidthUnitValues.Dxa }),
                    new Paragraph(
                        new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }),
                        new Run(new RunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" })))))),
        // A paragraph must follow a table inside a cell; this one, 1 pt high, carries the space below the rule.
        new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact })),
    ];

    private static Paragraph Heading(ReportHeading heading) => new(
        new ParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = heading.Level == 1 ? "180" : "120", After = "120" },
            new Indentation { FirstLine = "567" },
            new Justification { Val = JustificationValues.Both }),
        TextRun(heading.Text, bold: heading.Level <= 2, italic: heading.Level == 3));

    private static Paragraph BodyParagraph(ReportParagraph paragraph, bool keepNext)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext(), new KeepLines());
        }

        properties.Append(new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both });
        return new Paragraph(properties, TextRun(paragraph.Text, italic: paragraph.Italic));
    }

    private static int SummaryRule(string summary) =>
        (int)(Math.Min(summary.Length * SummaryCharacterWidth, TextWidth) * 0.4);

    /// <summary>
    /// A bordered table: its header row repeated on every page, rows free to break across pages (a long result must not
    /// push the whole row, and the heading above it, to the next page), and no column narrower than its longest word.
    /// </summary>
    private static Table DataTable(ReportTable table)
    {
        var widths = ColumnWidths(table);
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() }));
        // Children of w:tblBorders in the schema's order: top, left, bottom, right, insideH, insideV.
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var result = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                border,
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa })),
            grid);
        result.Append(new TableRow(
            [new TableRowProperties(new CantSplit(), new TableHeader()), .. table.Columns.Select((c, i) => Cell(widths[i], CellParagraph(c, bold: true, centred: true, keepNext: true)))]));
        foreach (var row in table.Rows)
        {
            // A cell of several lines (a task's result, then each supporting unit's) is one paragraph per line.
            result.Append(new TableRow(row.Select((c, i) => Cell(widths[i], [.. c.Split('\n').Select(line => CellParagraph(line, bold: false, centred: false, keepNext: false))]))));
        }

        return result;
    }

    private const short CellMargin = 85; // 1.5 mm

    private const int TableCharacterWidth = 130; // twips per character, Times New Roman 12 pt, codes such as "II.7.4"

    /// <summary>The columns' widths in twips: as the table asks, but each at least as wide as its longest word; the widest column gives way.</summary>
    private static int[] ColumnWidths(ReportTable table)
    {
        var widths = table.Widths.Select(w => TextWidth * w / 100).ToArray();
        for (var i = 0; i < widths.Length; i++)
        {
            var longest = table.Rows.Select(r => i < r.Count ? LongestWord(r[i]) : 0).DefaultIfEmpty(0).Max();
            var needed = (longest * TableCharacterWidth) + (2 * CellMargin) + 60;
            if (widths[i] < needed)
            {
                var widest = Array.IndexOf(widths, widths.Where((_, j) => j != i).Max());
                widths[widest] -= needed - widths[i];
                widths[i] = needed;
            }
        }

        return widths;

        static int LongestWord(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>"Nơi nhận" on the left, level with the signature block on the right.</summary>
    private static Table Closing(ReportDocument document)
    {
        var recipients = new List<OpenXmlElement>
        {
            new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "0" }), TextRun("Nơi nhận:", bold: true, italic: true, size: 24)),
        };
        recipients.AddRange(document.Recipients.Select(r =>
            new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), TextRun(r, size: 22))));

        var signature = new List<OpenXmlElement>();
        if (document.Signature.Authority.Length > 0)
        {
            signature.Add(Centered(document.Signature.Authority.ToUpperInvariant(), bold: true, size: Body, spaceBefore: 240, spaceAfter: 0));
        }

        signature.Add(Centered(document.Signature.Title.ToUpperInvariant(), bold: true, size: Body, spaceBefore: document.Signature.Authority.Length > 0 ? 0 : 240, spaceAfter: 1440));
        signature.Add(Centered(document.Signature.Name, bold: true, size: Body));
        // One row that never splits: the signature block stays whole, and the last paragraph of the body (kept with
        // the next) stays above it.
        return Borderless(new TableRow(new TableRowProperties(new CantSplit()), Cell(4535, [.. recipients]), Cell(4536, [.. signature])), 4535, 4536);
    }

    private static Table Borderless(TableRow row, params int[] widths) => new(
        new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })),
        row);

    private static TableCell Cell(int width, params OpenXmlElement[] content) =>
        new([new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }), .. content]);

    private static Paragraph CellParagraph(string text, bool bold, bool centred, bool keepNext)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(
            new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Left });
        return new Paragraph(properties, TextRun(text, bold: bold, size: Table));
    }

    private static Paragraph Centered(string text, bool bold = false, bool italic = false, int size = Body, int spaceBefore = 0, int spaceAfter = 120, bool keepNext = false)
    {
        // Children of w:pPr must keep the schema's order: keepNext, spacing, jc.
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(new SpacingBetweenLines { Before = spaceBefore.ToString(), After = spaceAfter.ToString() });
        properties.Append(new Justification { Val = JustificationValues.Center });
        return new Paragraph(properties, TextRun(text, bold, italic, size));
    }

    private static Run TextRun(string text, bool bold = false, bool italic = false, int size = Body)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
